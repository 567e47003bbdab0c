/**
 * {@code kring course pack}: the papers of one course run (dated pack, attendance list, certificates) from
 * a participants file, rendered in memory and only then written.
 */
package org.kring.course;

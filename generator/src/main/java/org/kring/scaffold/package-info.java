/**
 * {@code kring new}: new content files written from each kind's {@link org.kring.model.Schema}, never
 * overwriting one.
 */
package org.kring.scaffold;

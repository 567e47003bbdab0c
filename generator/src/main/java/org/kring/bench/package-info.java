/**
 * {@code kring bench}: the reference corpus made into a Kring site, and timing of builds in new processes
 * (wall time and peak memory), beside Hugo when it is installed.
 */
package org.kring.bench;

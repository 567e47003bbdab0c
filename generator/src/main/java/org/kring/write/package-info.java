/**
 * Writing the output: a staging folder swapped in when the build succeeds, only changed files written,
 * and the manifest that records what the output holds and what it was built from.
 */
package org.kring.write;

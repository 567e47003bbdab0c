/**
 * The {@code kring} command line (picocli): one class per command, each a thin caller of a
 * {@link org.kring.BuildSession}; exit codes 0 (done), 1 (problems in the content) and 2 (wrong usage).
 */
package org.kring.cli;

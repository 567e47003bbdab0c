/**
 * Kring's public API: {@link org.kring.Kring#build} and {@link org.kring.Kring#check}, the
 * {@link org.kring.BuildSession} every command runs through (load, validate, render), its options and results,
 * and the {@link org.kring.Problem}s it reports with file and line.
 */
package org.kring;

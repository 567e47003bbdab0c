/**
 * The PDFs: print templates rendered to HTML and laid out into tagged, reproducible PDFs with the bundled
 * fonts, cached by content; the check that every printed character has a font.
 */
package org.kring.render.print;

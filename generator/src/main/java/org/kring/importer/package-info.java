/**
 * {@code kring import}: other tools' materials as Kring content, one class per source format
 * ({@link org.kring.importer.CarpentriesLesson}, {@link org.kring.importer.PlainFolder}), written by
 * {@link org.kring.importer.SiteImport} only when nothing would be overwritten.
 */
package org.kring.importer;

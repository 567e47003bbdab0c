/**
 * The country teams' workflow: status per language, export to PO and XLIFF, import back into
 * translation files (text only, never structure), accepting and adapting translations, the glossary.
 */
package org.kring.translate;

/**
 * Interface strings in every language (ICU message formats with CLDR plurals) and dates as each language
 * writes them.
 */
package org.kring.i18n;

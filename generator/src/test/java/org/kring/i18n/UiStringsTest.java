package org.kring.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Interface strings follow each language's plural rules and writes numbers and dates its own way. */
class UiStringsTest {

    private static UiStrings strings(String lang, Map<String, String> own, Map<String, String> english) {
        return new UiStrings(lang, List.of(new UiTable(lang, "own", own, Map.of()), new UiTable("en", "en", english,
                Map.of())));
    }

    @Test
    void arabicHasSixPluralForms() {
        UiStrings ar = strings("ar", Map.of("minutes", "{n, plural, zero {لا دقائق} one {دقيقة واحدة} two {دقيقتان} "
                + "few {# دقائق} many {# دقيقة} other {# دقيقة}}"), Map.of());
        assertEquals("لا دقائق", ar.format("minutes", Map.of("n", 0)));
        assertEquals("دقيقة واحدة", ar.format("minutes", Map.of("n", 1)));
        assertEquals("دقيقتان", ar.format("minutes", Map.of("n", 2)));
        assertEquals("few", category(ar.format("minutes", Map.of("n", 3))));
        assertEquals("many", category(ar.format("minutes", Map.of("n", 11))));
    }

    private static String category(String text) {
        return text.endsWith("دقائق") ? "few" : text.endsWith("دقيقة") ? "many" : text;
    }

    @Test
    void numbersAndDatesInTheLanguagesOwnWay() {
        UiStrings nl = strings("nl", Map.of("words", "{n, number} woorden", "day", "{d, date, long}"), Map.of());
        assertEquals("32.592 woorden", nl.format("words", Map.of("n", 32592)));
        java.util.Calendar c = new java.util.GregorianCalendar(2024, java.util.Calendar.JULY, 9);
        assertEquals("9 juli 2024", nl.format("day", Map.of("d", c.getTime())));
    }

    @Test
    void aMissingStringFallsBackAlongTheChainAndSaysWhere() {
        UiStrings nlSr = new UiStrings("nl-SR", List.of(new UiTable("nl-SR", "sr", Map.of("a", "Suriname"), Map.of()),
                new UiTable("nl", "nl", Map.of("a", "Nederland", "b", "Dutch b"), Map.of()),
                new UiTable("en", "en", Map.of("c", "English c"), Map.of())));
        assertEquals("Suriname", nlSr.get("a"));
        assertEquals("Dutch b", nlSr.get("b"));
        assertEquals("English c", nlSr.get("c"));
        assertEquals("en", nlSr.languageOf("c"));
        assertEquals("[d]", nlSr.get("d"));
    }
}

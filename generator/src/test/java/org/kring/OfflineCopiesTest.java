package org.kring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.kring.model.Curriculum;
import org.kring.model.Page;
import org.kring.render.OfflineCopies;

/** Which copy each country page offers, from the languages it names ("Dutch, Arabic, Tigrinya, Farsi, ..."). */
class OfflineCopiesTest {
    @Test
    void countryLanguageNamesAreMatchedToTheSitesLanguages() {
        Curriculum c = BuildSession.load(BuildOptions.of(TestSites.repo())).curriculum();
        OfflineCopies copies = OfflineCopies.of(c);
        Map<String, String> offered = new TreeMap<>();
        for (Page country : c.source().countries()) {
            OfflineCopies.Copy copy = copies.ofCountry(country.id());
            offered.put(country.id(), copy == null ? "-" : copy.path() + " " + copy.languages());
        }
        assertEquals(Map.of(
                // Farsi, Dari, Pashto, ... are not site languages; Tigrinya is ti by its English name.
                "countries/netherlands", "offline/countries/netherlands.zip [nl, ar, ti]",
                "countries/ghana", "offline/countries/ghana.zip [en, tw]",
                "countries/belgium", "offline/nl.zip [nl]",
                // Both nl and nl-SR are "Dutch": Suriname's own variant wins.
                "countries/suriname", "offline/nl-SR.zip [nl-SR]",
                "countries/kosovo", "offline/sq.zip [sq]",
                "countries/south-africa", "offline/en.zip [en]",
                "countries/united-kingdom", "offline/en.zip [en]"), offered);
        assertEquals(9, copies.all().size(), "seven languages and two countries");
    }
}

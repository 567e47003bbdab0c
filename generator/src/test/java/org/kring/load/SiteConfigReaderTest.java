package org.kring.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kring.Problems;
import org.kring.model.Licence;
import org.kring.model.SiteConfig;
import org.kring.model.SourceFile;
import org.kring.model.TextDirection;

class SiteConfigReaderTest {

    private static SiteConfig read(String yaml, Problems p) {
        return SiteConfigReader.read(new SourceFile(Path.of("site.yml"), "site.yml", yaml), p);
    }

    @Test
    void regionalVariantsFallBackToTheirBaseLanguageThenTheSource() {
        Problems p = new Problems();
        SiteConfig c = read("""
                title: T
                languages:
                  - {code: en, name: English}
                  - {code: nl, name: Nederlands}
                  - {code: nl-SR, name: Nederlands (Suriname)}
                  - {code: sq, name: Shqip}
                  - {code: sq-XK, name: Shqip (Kosovë), fallback: [sq]}
                  - {code: ar, name: العربية}
                """, p);
        assertTrue(p.sorted().isEmpty(), p.sorted().toString());
        assertEquals("en", c.sourceLanguage());
        assertEquals(List.of("nl", "en"), c.language("nl-SR").fallback());
        assertEquals(List.of("sq", "en"), c.language("sq-XK").fallback());
        assertEquals(List.of("en"), c.language("nl").fallback());
        assertEquals(List.of(), c.language("en").fallback());
        assertEquals(TextDirection.RTL, c.language("ar").direction());
        assertEquals(TextDirection.LTR, c.language("nl-SR").direction());
    }

    @Test
    void directionFollowsTheScriptUnlessSiteYmlSaysOtherwise() {
        Problems p = new Problems();
        SiteConfig c = read("""
                title: T
                languages:
                  - {code: en, name: English}
                  - {code: ar-MA, name: x}
                  - {code: ks, name: x}
                  - {code: pa-Arab, name: x}
                  - {code: ug-Cyrl, name: x}
                  - {code: uk, name: x}
                  - {code: he, name: x, dir: ltr}
                """, p);
        assertTrue(p.sorted().isEmpty(), p.sorted().toString());
        for (String rtl : List.of("ar-MA", "ks", "pa-Arab")) {
            assertEquals(TextDirection.RTL, c.language(rtl).direction(), rtl);
        }
        for (String ltr : List.of("en", "ug-Cyrl", "uk", "he")) {
            assertEquals(TextDirection.LTR, c.language(ltr).direction(), ltr);
        }
    }

    @Test
    void mistakesAreReportedWithLinesAndSuggestions() {
        Problems p = new Problems();
        read("""
                title: T
                source_language: fr
                languages:
                  - {code: en, name: English, direction: rtl}
                  - {code: nl, name: Nederlands, fallback: [de]}
                  - {code: EN_gb, name: x}
                  - {code: en, name: again}
                navigation:
                  - about
                """, p);
        String all = p.sorted().toString();
        assertTrue(all.contains("site.yml:2:"), all);
        assertTrue(all.contains("source_language 'fr' is not one of the languages"), all);
        assertTrue(all.contains("site.yml:4:") && all.contains("unknown key 'direction' in a language (did you mean 'dir'?)"), all);
        assertTrue(all.contains("fallback language 'de' is not one of the languages"), all);
        assertTrue(all.contains("'EN_gb' is not a BCP 47 tag"), all);
        assertTrue(all.contains("language 'en' is listed twice"), all);
        assertTrue(all.contains("site.yml:9:") && all.contains("navigation item 'about' must be a content link"), all);
    }

    @Test
    void licenceEditionAndReviewDateAreRead() {
        Problems p = new Problems();
        SiteConfig c = read("""
                title: T
                languages: [{code: en, name: English}]
                licence:
                  name: CC BY-SA 4.0
                  url: https://creativecommons.org/licenses/by-sa/4.0/
                edition: Edition 2026
                reviewed: 2026-11-01
                """, p);
        assertTrue(p.sorted().isEmpty(), p.sorted().toString());
        assertEquals(new Licence("CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/"), c.licence());
        assertEquals("Edition 2026", c.edition());
        assertEquals(LocalDate.of(2026, 11, 1), c.reviewed());
        assertEquals(LocalDate.of(2026, 11, 1), c.reviewed(null), "a page without a date has the edition's");
        assertEquals(LocalDate.of(2025, 1, 2), c.reviewed(LocalDate.of(2025, 1, 2)), "a page's own date wins");
    }

    @Test
    void theAmericanSpellingIsTheSameSetting() {
        Problems p = new Problems();
        SiteConfig c = read("""
                title: T
                languages: [{code: en, name: English}]
                license: {name: MIT, url: "http://example.org/mit"}
                """, p);
        assertTrue(p.sorted().isEmpty(), p.sorted().toString());
        assertEquals(new Licence("MIT", "http://example.org/mit"), c.licence());
        assertNull(c.edition());
        assertNull(c.reviewed());
    }

    @Test
    void licenceEditionAndReviewDateMistakesAreReportedAtTheirPlace() {
        Problems p = new Problems();
        SiteConfig c = read("""
                title: T
                languages: [{code: en, name: English}]
                licence:
                  url: creativecommons.org/licenses/by/4.0
                  version: 4
                license: {name: CC BY 4.0, url: "https://creativecommons.org/licenses/by/4.0/"}
                edition: [one, two]
                reviewed: 2026-13-01
                """, p);
        String all = p.sorted().toString();
        assertTrue(all.contains("site.yml:3:1:") && all.contains("licence has no 'name'"), all);
        assertTrue(all.contains("site.yml:4:8:") && all.contains("licence url must be an absolute address starting "
                + "with https:// or http://"), all);
        assertTrue(all.contains("site.yml:5:3:") && all.contains("unknown key 'version' in licence"), all);
        assertTrue(all.contains("site.yml:6:1:") && all.contains("'licence' and 'license' are the same setting"), all);
        assertTrue(all.contains("site.yml:7:10:") && all.contains("'edition' must be a single text value"), all);
        assertTrue(all.contains("site.yml:8:11:") && all.contains("'reviewed' must be a date like 2026-03-12 "
                + "(year-month-day), not '2026-13-01'"), all);
        assertNull(c.licence());
        for (String url : List.of("/licence.html", "ftp://example.org/l", "https://", "mailto:a@b.org")) {
            Problems q = new Problems();
            read("title: T\nlanguages: [{code: en, name: English}]\nlicence: {name: L, url: \"" + url + "\"}\n", q);
            assertTrue(q.sorted().toString().contains("licence url must be an absolute address"), url + ": " + q.sorted());
        }
    }
}

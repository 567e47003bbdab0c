package org.kring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline copy of a language (offline/<lang>.zip): what a practice without internet unzips. Every link of its
 * language's pages leads to a file inside it; it holds its language's PDFs and not the others'; the same site
 * gives the same zip; a quick build without PDFs keeps it.
 */
class OfflineBundleTest {
    static Map<String, byte[]> unzip(Path zip) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    @Test
    void everyLinkOfTheLanguagesPagesLeadsIntoTheCopy() throws Exception {
        for (String lang : List.of("ar", "ti", "en")) {
            Map<String, byte[]> files = checkCopy("offline/" + lang + ".zip", lang + "-offline/", List.of(lang));
            assertFalse(files.keySet().stream().anyMatch(f -> f.contains("/pdf/nl/")), lang + " has no Dutch PDF");
        }
    }

    /**
     * A country page naming several of the site's languages gets a copy with all their PDFs (the Netherlands:
     * Dutch, Arabic, Tigrinya), offered on its page and on every downloads page; one naming one language offers
     * that language's copy.
     */
    @Test
    void aCountryWithSeveralLanguagesGetsOneCopyWithAllOfThem() throws Exception {
        Map<String, byte[]> files = checkCopy("offline/countries/netherlands.zip", "netherlands-offline/",
                List.of("nl", "ar", "ti"));
        assertTrue(new String(files.get("netherlands-offline/index.html"), StandardCharsets.UTF_8)
                .contains("url=nl/index.html"), "opens in the country's first language");
        assertFalse(files.keySet().stream().anyMatch(f -> f.contains("/pdf/sq/") || f.contains("/pdf/tw/")),
                "no Albanian or Twi PDFs");
        Path out = ExampleBuild.out();
        Document ar = Jsoup.parse(out.resolve("ar/countries/netherlands/index.html").toFile());
        Element offer = ar.selectFirst("a[href$=offline/countries/netherlands.zip]");
        assertTrue(offer != null && offer.text().contains("الهولندية، العربية، التغرينية"),
                "named in Arabic, with Arabic commas: " + offer);
        Document belgium = Jsoup.parse(out.resolve("en/countries/belgium/index.html").toFile());
        assertTrue(belgium.selectFirst("a[href$=offline/nl.zip]") != null, "Belgium names Dutch only: the Dutch copy");
        assertFalse(Files.exists(out.resolve("offline/countries/belgium.zip")));
        Document downloads = Jsoup.parse(out.resolve("ti/downloads/index.html").toFile());
        Element ghana = downloads.selectFirst("a[href$=offline/countries/ghana.zip]");
        assertTrue(ghana != null && ghana.selectFirst("span[lang=en]") != null,
                "an untranslated country name is marked English: " + ghana);
    }

    /**
     * Opens a copy and follows every link of the pages in its languages: each leads to a file inside the copy.
     * Returns its files.
     */
    private static Map<String, byte[]> checkCopy(String path, String top, List<String> languages) throws Exception {
        Map<String, byte[]> files = unzip(ExampleBuild.out().resolve(path));
        assertTrue(files.keySet().stream().allMatch(f -> f.startsWith(top)), "one folder");
        assertTrue(files.containsKey(top + "index.html"));
        for (String lang : languages) {
            assertTrue(files.containsKey(top + lang + "/index.html"), lang);
            List<String> broken = new ArrayList<>();
            int links = 0;
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                if (!f.getKey().startsWith(top + lang + "/") || !f.getKey().endsWith(".html")) {
                    continue;
                }
                Document doc = Jsoup.parse(new String(f.getValue(), StandardCharsets.UTF_8));
                for (Element e : doc.select("a[href], link[href], script[src], img[src]")) {
                    String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                    if (ref.isEmpty() || ref.startsWith("#") || ref.contains(":")) {
                        continue;
                    }
                    links++;
                    String target = Path.of(f.getKey()).getParent().resolve(ref.replaceAll("[#?].*", "")).normalize()
                            .toString().replace('\\', '/');
                    if (!files.containsKey(target)) {
                        broken.add(f.getKey() + " -> " + ref);
                    }
                }
            }
            assertTrue(links > 1000, lang + ": links checked " + links);
            assertEquals(List.of(), broken.stream().limit(10).toList(), path + " " + lang);
            // Its own PDFs, and not another language's unless its pages offer it (an English edition).
            assertTrue(files.keySet().stream().anyMatch(f -> f.startsWith(top + "pdf/" + lang + "/")), lang);
        }
        return files;
    }

    @Test
    void theSameSiteGivesTheSameZipAndAQuickBuildKeepsIt(@TempDir Path tmp) throws Exception {
        Path again = tmp.resolve("site");
        Kring.build(BuildOptions.of(TestSites.repo()).withOut(again).withBaseUrl(ExampleBuild.BASE_URL));
        assertArrayEquals(Files.readAllBytes(ExampleBuild.out().resolve("offline/ar.zip")),
                Files.readAllBytes(again.resolve("offline/ar.zip")), "byte-identical");
        Kring.build(BuildOptions.of(TestSites.repo()).withOut(again).withBaseUrl(ExampleBuild.BASE_URL).withPdf(false));
        assertTrue(Files.isRegularFile(again.resolve("offline/ar.zip")), "--no-pdf keeps the offline copies");
    }
}

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
            Map<String, byte[]> files = unzip(ExampleBuild.out().resolve("offline/" + lang + ".zip"));
            String top = lang + "-offline/";
            assertTrue(files.keySet().stream().allMatch(f -> f.startsWith(top)), "one folder");
            assertTrue(files.containsKey(top + "index.html") && files.containsKey(top + lang + "/index.html"));
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
            assertEquals(List.of(), broken.stream().limit(10).toList(), lang);
            // Its own PDFs, and not another language's unless its pages offer it (an English edition).
            assertTrue(files.keySet().stream().anyMatch(f -> f.startsWith(top + "pdf/" + lang + "/")), lang);
            assertFalse(files.keySet().stream().anyMatch(f -> f.startsWith(top + "pdf/nl/")), lang + " has no Dutch PDF");
        }
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

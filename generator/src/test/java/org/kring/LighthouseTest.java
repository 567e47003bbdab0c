package org.kring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lighthouse (mobile) on a session page in English and in Arabic, as the site is served: accessibility, best
 * practices and SEO must score 100. Performance is printed and must stay at 80 or more: it is measured on this
 * machine's clock and moves with how busy it is (100 on an idle 2-core machine, 93 while a test run competes).
 * Needs Lighthouse from npm (.ci/run installs it and names it in KRING_LIGHTHOUSE) and Chromium.
 */
class LighthouseTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static Path lighthouse() {
        String named = System.getenv("KRING_LIGHTHOUSE");
        if (named != null && Files.isExecutable(Path.of(named))) {
            return Path.of(named);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, "lighthouse");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    @Test
    void sessionPagesScoreFullMarks(@TempDir Path tmp) throws Exception {
        Path lighthouse = lighthouse();
        if (lighthouse == null || !Files.isExecutable(CHROMIUM)) {
            String msg = "\n*** LighthouseTest SKIPPED: Lighthouse (npm) or Chromium is not installed. ***\n"
                    + "*** .ci/run installs both; or: npm install -g lighthouse@12 ***\n";
            System.err.println(msg);
            Assumptions.abort(msg);
        }
        Path site = tmp.resolve("site");
        TestSites.build(TestSites.repo(), site);
        List<String> failures = new ArrayList<>();
        try (StaticServer server = new StaticServer(site)) {
            for (String page : List.of("en/programmes/pregnancy/01-welcome/index.html",
                    "ar/programmes/parenting/03-crying/index.html")) {
                Path report = tmp.resolve("report.json");
                ProcessBuilder pb = new ProcessBuilder(lighthouse.toString(), server.url(page), "--quiet",
                        "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
                        "--only-categories=performance,accessibility,best-practices,seo", "--output=json",
                        "--output-path=" + report).redirectErrorStream(true).redirectOutput(tmp.resolve("log").toFile());
                pb.environment().put("CHROME_PATH", CHROMIUM.toString());
                Process p = pb.start();
                assertTrue(p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES), "Lighthouse finished on " + page);
                assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("log")));
                Map<String, Object> json = com.fasterxml.jackson.jr.ob.JSON.std.mapFrom(Files.readString(report));
                @SuppressWarnings("unchecked")
                Map<String, Map<String, Object>> categories = (Map<String, Map<String, Object>>) json.get("categories");
                StringBuilder scores = new StringBuilder(page + ":");
                for (String c : List.of("performance", "accessibility", "best-practices", "seo")) {
                    double score = ((Number) categories.get(c).get("score")).doubleValue();
                    scores.append(' ').append(c).append(' ').append(Math.round(score * 100));
                    if (c.equals("performance") ? score < 0.8 : score < 1.0) {
                        failures.add(page + " " + c + " " + Math.round(score * 100));
                    }
                }
                System.out.println("Lighthouse " + scores);
            }
        }
        assertEquals(List.of(), failures);
    }
}

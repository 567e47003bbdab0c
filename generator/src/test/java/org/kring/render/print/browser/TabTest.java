package org.kring.render.print.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.kring.TestSites;

/** The browser as Kring drives it: found, started over either transport, offline, and gone afterwards. */
class TabTest {
    private static final String PAGE = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title>"
            + "<style>@font-face{font-family:'Noto Sans';src:url(fonts/NotoSans-Regular.ttf)}"
            + "body{font-family:'Noto Sans'}</style></head><body><p>Welcome to the group</p>"
            + "<img src=\"https://example.org/tracker.png\"><img src=\"file:///etc/hostname\"></body></html>";

    private static Tab.Resource fonts(String path) {
        try {
            return path.startsWith("fonts/") ? new Tab.Resource(Files.readAllBytes(TestSites.repo()
                    .resolve("templates").resolve(path)), "font/ttf", true) : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    @Test
    void printsOverThePipeAndOverAWebSocketAndNothingLeavesTheMachine() throws Exception {
        Path exe = Browser.find(null).orElseThrow();
        for (String transport : List.of("pipe", "websocket")) {
            System.setProperty("kring.browser.transport", transport);
            Browser started;
            try (Browser b = Browser.start(exe); Tab tab = b.open()) {
                started = b;
                assertTrue(b.version().contains("/"), b.version());
                Tab.Printed p = tab.print("page.html", PAGE, TabTest::fonts);
                try (PDDocument d = Loader.loadPDF(p.pdf())) {
                    assertEquals(1, d.getNumberOfPages(), transport);
                }
                // The page asked for a tracker and a local file: both refused, and named.
                assertTrue(p.refused().contains("https://example.org/tracker.png"), transport + ": " + p.refused());
                assertTrue(p.refused().stream().noneMatch(u -> u.contains("kring.invalid/fonts")), p.refused().toString());
            } finally {
                System.clearProperty("kring.browser.transport");
            }
            assertFalse(started.alive(), transport + ": the browser is closed with its owner");
        }
    }

    @Test
    void aBrowserNamedThatIsNotThereIsOneLine() {
        BrowserException e = assertThrows(BrowserException.class, () -> Browser.find("/no/such/chromium"));
        assertEquals("no browser at '/no/such/chromium' (from --browser): the file does not exist or cannot be run",
                e.getMessage());
        assertFalse(e.isNotFound());
    }

    @Test
    void aProgramThatIsNoBrowserFailsToStartWithItsOwnWords() throws Exception {
        Path fake = Files.createTempFile("not-a-browser", ".sh");
        Files.writeString(fake, "#!/bin/sh\necho 'this is not a browser' >&2\nexit 3\n");
        fake.toFile().setExecutable(true);
        BrowserException e = assertThrows(BrowserException.class, () -> Browser.start(fake));
        assertTrue(e.getMessage().startsWith("the browser " + fake + " did not start"), e.getMessage());
        assertTrue(e.getMessage().contains("this is not a browser"), e.getMessage());
        Files.delete(fake);
    }
}

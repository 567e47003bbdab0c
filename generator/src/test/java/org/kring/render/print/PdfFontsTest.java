package org.kring.render.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.kring.render.Templates;

/** What goes into a printed SVG picture and into a PDF's metadata, as text. */
class PdfFontsTest {
    static final PdfFonts FONTS = new PdfFonts(new Templates(Path.of("/nonexistent")));

    /** The faces an SVG got, as "family weight style". */
    static java.util.List<String> faces(String svg) {
        String out = new String(FONTS.svgWithFonts(svg.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("@font-face\\{font-family:'([^']+)';font-weight:(\\d+);font-style:(\\w+)").matcher(out);
        java.util.List<String> faces = new java.util.ArrayList<>();
        while (m.find()) {
            faces.add(m.group(1) + " " + m.group(2) + " " + m.group(3));
        }
        return faces;
    }

    @Test
    void anSvgGetsTheFacesItsTextCanUse() {
        String plain = "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>Weigh the baby</text></svg>";
        assertEquals(java.util.List.of("Noto Sans 400 normal"), faces(plain), "regular only: each face is half a megabyte");
        assertTrue(faces(plain.replace("<text>", "<text font-weight=\"bold\">")).contains("Noto Sans 700 normal"));
        assertTrue(faces(plain.replace("<text>", "<text style=\"font-weight: 700\">")).contains("Noto Sans 700 normal"));
        assertTrue(faces(plain.replace("<svg ", "<svg ><style>.t{font-weight:600}</style><g ")
                .replace("</svg>", "</g></svg>")).contains("Noto Sans 700 normal"), "bold from CSS");
        assertTrue(faces(plain.replace("<text>", "<text font-style=\"italic\">")).contains("Noto Sans 400 italic"));
        assertFalse(faces(plain).stream().anyMatch(f -> f.contains("Arabic") || f.contains("Ethiopic")));
        assertTrue(faces(plain.replace("Weigh the baby", "زني الطفل")).contains("Noto Naskh Arabic 400 normal"));
        assertTrue(faces(plain.replace("Weigh the baby", "ሕጻን")).contains("Noto Sans Ethiopic 400 normal"));
        String noText = "<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"4\"/></svg>";
        assertEquals(noText, new String(FONTS.svgWithFonts(noText.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8),
                "a picture without text is left as it is");
    }

    @Test
    void theMetadataIsXmpThatReadsBackAsWritten() throws Exception {
        String title = "Session 2: Food & drink <for two> \u0007 الجلسة";
        byte[] packet = XmpPacket.of(new PdfEngine.Meta(title, "Eat \"well\" & rest", "ar", true, "Group care & co"));
        DomXmpParser parser = new DomXmpParser();
        parser.setStrictParsing(false); // xmpbox knows no PDF/UA schema; checked as text below
        XMPMetadata xmp = parser.parse(packet);
        assertEquals("Session 2: Food & drink <for two>  الجلسة", xmp.getDublinCoreSchema().getTitle(),
                "escaped, and the control character XML cannot hold left out");
        assertEquals("Eat \"well\" & rest", xmp.getDublinCoreSchema().getDescription());
        assertEquals(java.util.List.of("Group care & co"), xmp.getDublinCoreSchema().getCreators());
        assertEquals(java.util.List.of("ar"), xmp.getDublinCoreSchema().getLanguages());
        assertEquals("Kring", xmp.getAdobePDFSchema().getProducer());
        assertEquals("Kring", xmp.getXMPBasicSchema().getCreatorTool());
        assertTrue(new String(packet, StandardCharsets.UTF_8).contains("<pdfuaid:part>1</pdfuaid:part>"), "PDF/UA");
    }
}

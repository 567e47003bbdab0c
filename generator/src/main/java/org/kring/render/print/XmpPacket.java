package org.kring.render.print;

import java.nio.charset.StandardCharsets;

/**
 * The XMP metadata of a Kring PDF: title, description, author, language, the licence (when site.yml names one:
 * dc:rights, and xmpRights for tools that mark licensed files), and the PDF/UA claim. Written as
 * text: the packet has one fixed shape, and a general XMP writer builds an XML transformer for every PDF
 * (a sixth of the time PDFBox spends on a session guide).
 */
final class XmpPacket {
    private XmpPacket() {
    }

    static byte[] of(PdfEngine.Meta meta) {
        String xmp = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "  <rdf:RDF xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\""
                + " xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "    <rdf:Description rdf:about=\"\">\n"
                + alt("dc:title", meta.title())
                + alt("dc:description", meta.subject())
                + "      <dc:creator>\n        <rdf:Seq>\n          <rdf:li>" + text(meta.author())
                + "</rdf:li>\n        </rdf:Seq>\n      </dc:creator>\n"
                + "      <dc:language>\n        <rdf:Bag>\n          <rdf:li>" + text(meta.language())
                + "</rdf:li>\n        </rdf:Bag>\n      </dc:language>\n"
                + "      <dc:format>application/pdf</dc:format>\n"
                + (meta.licence() == null ? "" : alt("dc:rights", rights(meta.licence())))
                + "    </rdf:Description>\n"
                + (meta.licence() == null ? "" : "    <rdf:Description xmlns:xmpRights=\"http://ns.adobe.com/xap/1.0/rights/\""
                        + " rdf:about=\"\">\n      <xmpRights:Marked>True</xmpRights:Marked>\n"
                        + "      <xmpRights:WebStatement>" + text(meta.licence().url())
                        + "</xmpRights:WebStatement>\n    </rdf:Description>\n")
                + "    <rdf:Description rdf:about=\"\">\n      <pdf:Producer>Kring</pdf:Producer>\n    </rdf:Description>\n"
                + "    <rdf:Description xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" rdf:about=\"\">\n"
                + "      <xmp:CreatorTool>Kring</xmp:CreatorTool>\n    </rdf:Description>\n"
                + "    <rdf:Description xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\" rdf:about=\"\">\n"
                + "      <pdfuaid:part>1</pdfuaid:part>\n    </rdf:Description>\n"
                + "  </rdf:RDF>\n</x:xmpmeta><?xpacket end=\"w\"?>\n";
        return xmp.getBytes(StandardCharsets.UTF_8);
    }

    /** The rights statement readers of the metadata see: the licence's name and where to read it. */
    private static String rights(org.kring.model.Licence licence) {
        return licence.name() + ", " + licence.url();
    }

    private static String alt(String element, String value) {
        return "      <" + element + ">\n        <rdf:Alt>\n          <rdf:li xml:lang=\"x-default\">" + text(value)
                + "</rdf:li>\n        </rdf:Alt>\n      </" + element + ">\n";
    }

    /** Text as XML character data: markup escaped, and characters XML 1.0 does not allow left out. */
    private static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                            || c >= 0x10000 && c <= 0x10FFFF) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}

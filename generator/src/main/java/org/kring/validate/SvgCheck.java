package org.kring.validate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.kring.Problem;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.DeclHandler;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An SVG picture is a document a browser runs when the reader opens it, and one the PDF engine (Batik)
 * draws: it must be well-formed XML with an {@code <svg>} root, hold no script (no {@code <script>}, no
 * {@code on...} event attributes, no {@code javascript:} links), no HTML ({@code <foreignObject>}) and
 * refer to nothing outside itself (no web or file URLs, no other files in {@code href}, CSS {@code url()}
 * or {@code @import}, no external entities), so a page never fetches from elsewhere and a PDF never waits
 * for the network. Such a picture is refused, with the line of the element or attribute, rather than
 * cleaned: a cleaned picture could look different from what its author drew, on paper and on screen.
 *
 * <p>The XML is parsed safely: no DTD or entity is ever fetched, entity expansion and nesting are
 * limited, so a hostile file cannot exhaust memory or reach the network while it is being checked.
 */
final class SvgCheck {
    static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    /** Deeper than any drawing program nests groups; Batik draws nested elements recursively. */
    private static final int MAX_DEPTH = 1000;
    private static final Set<String> ANIMATIONS = Set.of("animate", "set", "animatemotion", "animatetransform",
            "animatecolor");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)(.*?)\\1\\s*\\)",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_ESCAPE = Pattern.compile("\\\\(?:([0-9a-fA-F]{1,6})\\s?|(.))", Pattern.DOTALL);
    private static final Pattern CSS_COMMENT = Pattern.compile("/\\*.*?(\\*/|$)", Pattern.DOTALL);

    private SvgCheck() {
    }

    /** Every problem of the picture {@code name} (its path from the site root), with lines. */
    static List<Problem> check(String name, byte[] bytes) {
        String other = PictureFormat.describe(bytes);
        if (other != null) {
            return List.of(Problem.error(name, 0, "not an SVG picture: the file is " + other
                    + (other.startsWith("an HTML") ? "; save the picture itself as SVG"
                            : "; replace it with an SVG picture")));
        }
        Handler handler = new Handler(name, SourceText.of(bytes));
        try {
            SAXParser parser = parser();
            parser.setProperty("http://xml.org/sax/properties/declaration-handler", handler);
            InputSource in = new InputSource(new ByteArrayInputStream(bytes));
            parser.parse(in, handler);
        } catch (SAXParseException e) {
            handler.problems.add(Problem.error(name, Math.max(e.getLineNumber(), 0), Math.max(e.getColumnNumber(), 0),
                    "not a valid SVG picture (broken XML): " + xmlMessage(e)));
        } catch (SAXException | IOException e) {
            handler.problems.add(Problem.error(name, 0, "not a valid SVG picture (broken XML): " + e.getMessage()));
        }
        return handler.problems;
    }

    private static SAXParser parser() throws SAXException {
        SAXParserFactory f = SAXParserFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            SAXParser p = f.newSAXParser();
            p.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            p.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            // Bounds for a hostile file: entities that expand a billion times, or nesting a drawing never needs.
            p.setProperty("http://www.oracle.com/xml/jaxp/properties/entityExpansionLimit", "10000");
            p.setProperty("http://www.oracle.com/xml/jaxp/properties/totalEntitySizeLimit", "1000000");
            p.setProperty("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", Integer.toString(MAX_DEPTH));
            return p;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a safety feature", e);
        }
    }

    /** The parser's message without the JDK's internal codes ("JAXP00010001: "). */
    private static String xmlMessage(SAXParseException e) {
        String m = String.valueOf(e.getMessage()).replaceFirst("^JAXP\\d+: ", "");
        if (m.contains("entity expansions") || m.contains("accumulated size of entities")) {
            return "its entities expand to too much text (an \"entity bomb\"); remove the DOCTYPE";
        }
        if (m.contains("maxElementDepth") || m.contains("element depth")) {
            return "elements are nested more than " + MAX_DEPTH + " deep";
        }
        return m;
    }

    /** Walks the document once, collecting every problem with the line of its element or attribute. */
    private static final class Handler extends DefaultHandler implements DeclHandler {
        private final String name;
        private final SourceText text;
        private final List<Problem> problems = new ArrayList<>();
        private Locator locator;
        private boolean root = true;
        private int foreignDepth;
        private boolean foreignReported;
        private int foreignLine;
        private int styleDepth;
        private final StringBuilder style = new StringBuilder();
        private Place styleTag;
        private final Set<String> ids = new HashSet<>();
        /** References to #id inside the picture, checked when all ids are known. */
        private final List<Reference> references = new ArrayList<>();

        private record Reference(String id, String where, Place place) {
        }

        /** Where an attribute is ({@code attribute} null: the start of the tag), found in the text only when needed. */
        private record Place(int[] tag, String attribute) {
        }

        Handler(String name, SourceText text) {
            this.name = name;
            this.text = text;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public InputSource resolveEntity(String publicId, String systemId) {
            // Nothing is ever fetched: an external DTD or entity reads as empty.
            return new InputSource(new ByteArrayInputStream(new byte[0]));
        }

        @Override
        public void externalEntityDecl(String entity, String publicId, String systemId) {
            if (entity.equals("[dtd]")) {
                return; // the DOCTYPE's own DTD: never loaded, and browsers ignore it too
            }
            error(line(), 0, "the DOCTYPE declares the external entity '" + entity.replace("%", "").strip() + "' ("
                    + systemId + "): a picture must not read other files; remove the DOCTYPE");
        }

        @Override
        public void internalEntityDecl(String entity, String value) {
        }

        @Override
        public void elementDecl(String element, String model) {
        }

        @Override
        public void attributeDecl(String element, String attribute, String type, String mode, String value) {
        }

        @Override
        public void processingInstruction(String target, String data) {
            if (target.equalsIgnoreCase("xml-stylesheet")) {
                error(line(), 0, "the instruction <?xml-stylesheet " + data.strip() + "?> makes the picture load a "
                        + "stylesheet from elsewhere; put the styles in the picture itself");
            }
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            int[] tag = text.tagStart(line(), column(), qName);
            if (root) {
                root = false;
                if (local.equalsIgnoreCase("html")) {
                    error(tag[0], 0, "not an SVG picture: the file is an HTML page; save the picture itself as SVG");
                } else if (!local.equals("svg")) {
                    error(tag[0], 0, "not an SVG picture: its root element is <" + qName + ">, not <svg>");
                } else if (!SVG_NS.equals(uri)) {
                    error(tag[0], 0, "the <svg> element has no xmlns=\"" + SVG_NS + "\": browsers show the file as "
                            + "text, not as a picture; add the attribute");
                }
            }
            String lower = local.toLowerCase(Locale.ROOT);
            if (foreignDepth > 0) {
                foreignDepth++;
                if (!foreignReported) {
                    foreignReported = true;
                    error(foreignLine, 0, "<foreignObject> holds HTML (<" + qName + ">): HTML in a picture can run "
                            + "script and PDFs leave it out; draw it in SVG instead");
                }
            } else if (lower.equals("foreignobject")) {
                foreignDepth = 1;
                foreignReported = false;
                foreignLine = tag[0];
            } else if (XHTML_NS.equals(uri) && !lower.equals("script")) {
                error(tag[0], tag[1], "<" + qName + "> is HTML, which has no place in a picture; draw it in SVG");
            }
            if (lower.equals("script")) {
                error(tag[0], tag[1], "<" + qName + "> is a script: a picture must not run script (it would run "
                        + "when a reader opens the picture); remove it");
            }
            if (lower.equals("style")) {
                styleDepth++;
                styleTag = new Place(tag, null);
                style.setLength(0);
            }
            boolean animatesLink = ANIMATIONS.contains(lower) && isLinkAttribute(atts.getValue("attributeName"));
            for (int i = 0; i < atts.getLength(); i++) {
                String attLocal = atts.getLocalName(i).isEmpty() ? atts.getQName(i) : atts.getLocalName(i);
                String attName = atts.getQName(i);
                String value = atts.getValue(i);
                String attLower = attLocal.toLowerCase(Locale.ROOT);
                if (attLower.startsWith("on")) {
                    error(new Place(tag, attName), "the event attribute " + attName + "=\"" + shorten(value)
                            + "\" on <" + qName + "> is script: a picture must not run script; remove the attribute");
                } else if (attLower.equals("id")) {
                    ids.add(value.strip());
                } else if (attLower.equals("href")) {
                    link(new Place(tag, attName), qName, lower, attName, value);
                } else if (animatesLink && (attLower.equals("to") || attLower.equals("from") || attLower.equals("by")
                        || attLower.equals("values"))) {
                    for (String v : value.split(";")) {
                        link(new Place(tag, attName), qName, lower, attName, v);
                    }
                } else if (value.toLowerCase(Locale.ROOT).contains("url") || value.contains("\\")) {
                    css(value, new Place(tag, attName), "the " + attName + " of <" + qName + ">");
                }
                if (ANIMATIONS.contains(lower) && attLocal.equals("attributeName")
                        && value.strip().toLowerCase(Locale.ROOT).startsWith("on")) {
                    error(new Place(tag, attName), "<" + qName + "> sets the event attribute " + value.strip()
                            + ": a picture must not run script; remove it");
                }
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if (foreignDepth > 0) {
                foreignDepth--;
            }
            if (local.equalsIgnoreCase("style") && styleDepth > 0 && --styleDepth == 0) {
                String css = cssText(style.toString());
                if (css.toLowerCase(Locale.ROOT).contains("@import")) {
                    error(styleTag, "the <style> imports a stylesheet (@import): a picture must not load "
                            + "anything from elsewhere; put the styles in the picture itself");
                } else {
                    css(style.toString(), styleTag, "the <style>");
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (styleDepth > 0) {
                style.append(ch, start, length);
            }
        }

        @Override
        public void endDocument() {
            for (Reference r : references) {
                if (!ids.contains(r.id())) {
                    error(r.place(), r.where() + " refers to #" + r.id() + ", which this picture does not have: "
                            + "PDFs leave the whole picture out; give the element that id or remove the reference");
                }
            }
        }

        /** An href: a link ({@code <a>}) may lead to a web page; anything else must stay inside the picture. */
        private void link(Place place, String qName, String element, String attName, String raw) {
            String value = raw.strip();
            String scheme = scheme(value);
            if (scheme.equals("javascript") || scheme.equals("vbscript")) {
                error(place, attName + " on <" + qName + "> is a " + scheme + ": link, which runs script: "
                        + "a picture must not run script; remove it");
            } else if (element.equals("a")) {
                if (scheme.equals("data") || scheme.equals("file")) {
                    error(place, attName + "=\"" + shorten(value) + "\" on <a> leads to a " + scheme
                            + ": address; link to a web page (https://...) or remove the link");
                }
            } else if (value.startsWith("#")) {
                references.add(new Reference(value.substring(1), "<" + qName + "> " + attName, place));
            } else if (scheme.equals("data")) {
                embedded(place, attName + " on <" + qName + ">", value);
            } else {
                error(place, outside(attName + " on <" + qName + ">", value));
            }
        }

        /**
         * A picture embedded as a data: URL is checked like a file of its own: a decompression bomb or a
         * damaged picture inside an SVG is still one, for browsers and for the PDF engine.
         */
        private void embedded(Place place, String where, String url) {
            int comma = url.indexOf(',');
            String type = comma < 0 ? "" : url.substring(url.indexOf(':') + 1, comma).toLowerCase(Locale.ROOT);
            String extension = type.startsWith("image/png") ? "png" : type.startsWith("image/jpeg")
                    || type.startsWith("image/jpg") ? "jpg" : type.startsWith("image/gif") ? "gif"
                    : type.startsWith("image/webp") ? "webp" : type.startsWith("image/svg+xml") ? "svg" : null;
            if (extension == null) {
                return; // not a picture: browsers and the PDF engine show nothing for it
            }
            byte[] bytes;
            try {
                String data = url.substring(comma + 1);
                bytes = type.contains(";base64") ? java.util.Base64.getMimeDecoder().decode(data)
                        : java.net.URLDecoder.decode(data.replace("+", "%2B"), StandardCharsets.UTF_8)
                                .getBytes(StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                error(place, "the picture embedded in " + where + " (a data: URL) is not valid base64 or URL "
                        + "encoding; embed it again");
                return;
            }
            for (Problem p : PictureCheck.check("embedded." + extension, bytes)) {
                if (p.isError()) {
                    error(place, "the picture embedded in " + where + " (a data: URL): " + p.message());
                    return;
                }
            }
        }

        /** CSS in a style attribute, a presentation attribute or a {@code <style>}: url() must stay inside. */
        private void css(String raw, Place place, String where) {
            Matcher m = CSS_URL.matcher(cssText(raw));
            while (m.find()) {
                String target = m.group(2).strip();
                if (target.startsWith("#")) {
                    references.add(new Reference(target.substring(1), where + " url(" + target + ")", place));
                } else if (scheme(target).equals("data")) {
                    embedded(place, where, target);
                } else {
                    error(place, outside("url(" + shorten(target) + ") in " + where, target));
                }
            }
        }

        private static String outside(String what, String target) {
            String scheme = scheme(target);
            String kind = scheme.equals("http") || scheme.equals("https") || target.startsWith("//")
                    ? "a web address: the picture would load it from the internet"
                    : scheme.equals("file") ? "a file on the author's computer"
                    : scheme.isEmpty() ? "another file: a picture is published and printed on its own"
                    : "a " + scheme + ": address outside the picture";
            return what + " refers to '" + shorten(target) + "', " + kind + "; put what it shows into the picture "
                    + "itself (a data: URL for an embedded image)";
        }

        private void error(int line, int column, String message) {
            problems.add(Problem.error(name, Math.max(line, 0), Math.max(column, 0), message));
        }

        private void error(Place place, String message) {
            if (place.attribute() == null) {
                error(place.tag()[0], 0, message);
            } else {
                int[] at = text.attribute(place.tag(), place.attribute());
                error(at[0], at[1], message);
            }
        }

        private int line() {
            return locator == null ? 0 : locator.getLineNumber();
        }

        private int column() {
            return locator == null ? 0 : locator.getColumnNumber();
        }
    }

    private static boolean isLinkAttribute(String name) {
        if (name == null) {
            return false;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        return n.equals("href") || n.endsWith(":href");
    }

    /**
     * The scheme of a URL as a browser reads it: tabs and line breaks anywhere and control characters and
     * spaces around it are dropped first, so "java&#9;script:" is the javascript: scheme. Empty when relative.
     */
    static String scheme(String url) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c > ' ') {
                sb.append(c);
            }
        }
        String s = sb.toString();
        int colon = s.indexOf(':');
        if (colon <= 0) {
            return "";
        }
        String scheme = s.substring(0, colon).toLowerCase(Locale.ROOT);
        return scheme.matches("[a-z][a-z0-9+.-]*") ? scheme : "";
    }

    /** CSS as the browser reads it: comments dropped, escapes ("u\72l(") resolved. */
    static String cssText(String css) {
        String noComments = CSS_COMMENT.matcher(css).replaceAll(" ");
        Matcher m = CSS_ESCAPE.matcher(noComments);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group(1) != null) {
                int cp = Integer.parseInt(m.group(1), 16);
                replacement = Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : "\uFFFD";
            } else {
                replacement = m.group(2).equals("\n") ? "" : m.group(2);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return org.kring.Problem.excerpt(one, 60);
    }

    /**
     * The picture's text, to point at the line of an attribute: the parser reports where a start tag ends,
     * and a tag may span lines.
     */
    private record SourceText(String text, int[] lineStarts) {

        static SourceText of(byte[] bytes) {
            String t;
            if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                    || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
                t = new String(bytes, StandardCharsets.UTF_16);
            } else {
                t = new String(bytes, StandardCharsets.UTF_8);
            }
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 >= t.length() || t.charAt(i + 1) != '\n')) {
                    starts.add(i + 1);
                }
            }
            return new SourceText(t, starts.stream().mapToInt(Integer::intValue).toArray());
        }

        /** {line, column, start offset, end offset} of the start tag that ends at (line, column). */
        int[] tagStart(int line, int column, String qName) {
            int end = offset(line, column);
            if (end < 0) {
                return new int[] {line, 0, -1, -1};
            }
            int start = text.lastIndexOf("<" + qName, end);
            if (start < 0) {
                return new int[] {line, 0, -1, -1};
            }
            int[] lc = lineColumn(start);
            return new int[] {lc[0], lc[1], start, end};
        }

        /** {line, column} of an attribute inside a start tag found by {@link #tagStart}. */
        int[] attribute(int[] tag, String attName) {
            if (tag[2] >= 0) {
                Matcher m = Pattern.compile("\\s" + Pattern.quote(attName) + "\\s*=").matcher(text);
                m.region(tag[2], Math.min(tag[3], text.length()));
                if (m.find()) {
                    return lineColumn(m.start() + 1);
                }
            }
            return new int[] {tag[0], tag[1]};
        }

        private int offset(int line, int column) {
            if (line < 1 || line > lineStarts.length) {
                return -1;
            }
            return Math.min(text.length(), lineStarts[line - 1] + Math.max(column - 1, 0));
        }

        private int[] lineColumn(int offset) {
            int lo = 0;
            int hi = lineStarts.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (lineStarts[mid] <= offset) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return new int[] {lo + 1, offset - lineStarts[lo] + 1};
        }
    }
}

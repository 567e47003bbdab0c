package org.kring.translate;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.stream.XMLOutputFactory;

import org.kring.Problems;

/**
 * XLIFF 2.0 for CAT tools: one {@code <file>} per content file, one {@code <unit>} per message. An outdated
 * unit has state "initial" and its former source in a note; only units in state translated, reviewed or
 * final are imported.
 */
public final class XliffFile {
    static final String NS = "urn:oasis:names:tc:xliff:document:2.0";
    /** The note category of the translation's hash at export ({@link ExportBase}). */
    private static final String BASE = "kring-base";

    private XliffFile() {
    }

    public static String write(String sourceLanguage, String targetLanguage, List<Message> messages) {
        Map<String, List<Message>> byFile = new LinkedHashMap<>();
        for (Message m : messages) {
            byFile.computeIfAbsent(m.path(), k -> new ArrayList<>()).add(m);
        }
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("xliff");
            w.writeDefaultNamespace(NS);
            w.writeAttribute("version", "2.0");
            w.writeAttribute("srcLang", sourceLanguage);
            w.writeAttribute("trgLang", targetLanguage);
            int f = 0;
            for (Map.Entry<String, List<Message>> e : byFile.entrySet()) {
                w.writeCharacters("\n  ");
                w.writeStartElement("file");
                w.writeAttribute("id", "f" + (++f));
                w.writeAttribute("original", e.getKey());
                int u = 0;
                for (Message m : e.getValue()) {
                    w.writeCharacters("\n    ");
                    w.writeStartElement("unit");
                    w.writeAttribute("id", "u" + (++u));
                    if (m.role() != null) {
                        w.writeAttribute("name", m.role());
                    }
                    w.writeCharacters("\n      ");
                    w.writeStartElement("notes");
                    for (String c : m.comments()) {
                        if (c.startsWith(ExportBase.PREFIX)) {
                            note(w, BASE, c.substring(ExportBase.PREFIX.length()));
                        } else {
                            note(w, "context", c);
                        }
                    }
                    for (String r : m.references()) {
                        note(w, "location", r);
                    }
                    if (m.previous() != null) {
                        note(w, "previous-source", m.previous());
                    }
                    w.writeCharacters("\n      ");
                    w.writeEndElement();
                    w.writeCharacters("\n      ");
                    w.writeStartElement("segment");
                    boolean done = !m.needsReview() && !m.target().isEmpty();
                    w.writeAttribute("state", done ? "translated" : "initial");
                    w.writeCharacters("\n        ");
                    w.writeStartElement("source");
                    w.writeCharacters(m.source());
                    w.writeEndElement();
                    if (!m.target().isEmpty()) {
                        w.writeCharacters("\n        ");
                        w.writeStartElement("target");
                        w.writeCharacters(m.target());
                        w.writeEndElement();
                    }
                    w.writeCharacters("\n      ");
                    w.writeEndElement();
                    w.writeCharacters("\n    ");
                    w.writeEndElement();
                }
                w.writeCharacters("\n  ");
                w.writeEndElement();
            }
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void note(XMLStreamWriter w, String category, String text) throws XMLStreamException {
        w.writeCharacters("\n        ");
        w.writeStartElement("note");
        w.writeAttribute("category", category);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    /** Reads the units back; problems (with lines) go to {@code problems}. */
    public static List<Message> read(String name, String text, Problems problems) {
        List<Message> out = new ArrayList<>();
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader r = factory.createXMLStreamReader(new StringReader(text));
            String original = null;
            String state = null;
            String source = null;
            String target = null;
            String previous = null;
            String base = null;
            String role = null;
            int line = 0;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "xliff" -> {
                            if (!NS.equals(r.getNamespaceURI()) || !"2.0".equals(r.getAttributeValue(null, "version"))) {
                                problems.error(name, r.getLocation().getLineNumber(), "not an XLIFF 2.0 file");
                                return out;
                            }
                        }
                        case "file" -> original = r.getAttributeValue(null, "original");
                        case "unit" -> {
                            role = r.getAttributeValue(null, "name");
                            source = null;
                            target = null;
                            previous = null;
                            base = null;
                            state = null;
                        }
                        case "segment" -> state = r.getAttributeValue(null, "state");
                        case "source" -> source = r.getElementText();
                        case "target" -> {
                            line = r.getLocation().getLineNumber();
                            target = r.getElementText();
                        }
                        case "note" -> {
                            String cat = r.getAttributeValue(null, "category");
                            String t = r.getElementText();
                            if ("previous-source".equals(cat)) {
                                previous = t;
                            } else if (BASE.equals(cat)) {
                                base = ExportBase.PREFIX + t.strip();
                            }
                        }
                        default -> {
                        }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("unit")) {
                    if (original == null) {
                        problems.error(name, r.getLocation().getLineNumber(), "a unit outside a file with 'original'");
                    } else if (source != null) {
                        boolean review = state == null || state.equals("initial");
                        out.add(new Message(original, role, source, target == null ? "" : target, review, previous,
                                base == null ? List.of() : List.of(base), List.of(),
                                line == 0 ? r.getLocation().getLineNumber() : line));
                    }
                    line = 0;
                }
            }
        } catch (XMLStreamException e) {
            int l = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            problems.error(name, l, "not well-formed XML: " + e.getMessage().replaceAll("(?s).*Message: ", ""));
        }
        return out;
    }
}

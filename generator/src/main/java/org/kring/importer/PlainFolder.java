package org.kring.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.kring.model.ContentPath;

/**
 * A folder of Markdown written for any other tool (or none) as free pages: each {@code .md} file a page at the
 * same place under content/ (names made into ids), titled by its front matter's title, else its first
 * {@code # heading} (taken out of the body), else its file name. Other front matter keys are dropped, the
 * pictures it shows are copied along, and links between the imported files become {@code page:} links.
 */
final class PlainFolder {
    /** Folders whose files Kring reads as other kinds than pages. */
    private static final Set<String> KINDS = Set.of("programmes", "courses", "topics", "recommendations");
    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private PlainFolder() {
    }

    static ImportPlan plan(Path dir) throws IOException {
        ImportPlan plan = new ImportPlan();
        Path root = dir.toAbsolutePath().normalize();
        Map<Path, String> targets = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                Path rel = root.relativize(p);
                String name = rel.getFileName().toString();
                boolean hidden = false;
                for (Path part : rel) {
                    hidden |= part.toString().startsWith(".") || part.toString().startsWith("_");
                }
                if (hidden || !(name.toLowerCase().endsWith(".md") || name.toLowerCase().endsWith(".markdown"))) {
                    continue;
                }
                targets.put(p, target(rel));
            }
        }
        Map<String, Path> taken = new LinkedHashMap<>();
        for (Map.Entry<Path, String> e : targets.entrySet()) {
            String t = e.getValue();
            ContentPath where = ContentPath.of(t);
            if (KINDS.contains(t.split("/")[0]) || where == null || where.kind() != org.kring.model.ContentKind.PAGE) {
                throw new ImportException(root.relativize(e.getKey()) + " would become content/" + t + ", which Kring "
                        + "does not read as a page (programmes/, courses/, topics/ and recommendations/ hold other "
                        + "kinds); rename it and import again");
            }
            Path other = taken.put(t, e.getKey());
            if (other != null) {
                throw new ImportException(root.relativize(other) + " and " + root.relativize(e.getKey())
                        + " would both become content/" + t + "; rename one and import again");
            }
        }
        Map<String, Integer> dropped = new TreeMap<>();
        for (Map.Entry<Path, String> e : targets.entrySet()) {
            ForeignFile f = ForeignFile.of(Files.readString(e.getKey()));
            if (f.problem() != null) {
                plan.note(root.relativize(e.getKey()) + ": " + f.problem());
            }
            for (String k : f.meta().keySet()) {
                if (!k.equals("title") && !k.equals("description")) {
                    dropped.merge(k, 1, Integer::sum);
                }
            }
            plan.text(e.getValue(), page(f, e.getKey(), root, targets));
            Images.copyUsed(f.body(), e.getKey(), root, e.getValue(), plan);
        }
        dropped.forEach((k, n) -> plan.note("front matter key '" + k + "' dropped (" + n + (n == 1 ? " file" : " files")
                + "): Kring pages have a title and a description"));
        return plan;
    }

    /** content/ path of a file: every folder and the name made an id; .markdown becomes .md. */
    private static String target(Path rel) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < rel.getNameCount() - 1; i++) {
            parts.add(Names.slug(rel.getName(i).toString()));
        }
        String name = rel.getFileName().toString();
        String stem = name.substring(0, name.lastIndexOf('.'));
        parts.add((stem.equalsIgnoreCase("index") ? "index" : Names.slug(stem)) + ".md");
        return String.join("/", parts);
    }

    private static String page(ForeignFile f, Path file, Path root, Map<Path, String> targets) {
        List<String> lines = new ArrayList<>(List.of(f.body().split("\n", -1)));
        Node doc = PARSER.parse(f.body());
        String title = f.text("title");
        Heading first = firstHeading(doc);
        if (first != null) {
            String text = text(first);
            if (title == null) {
                title = text;
            }
            if (title.equals(text)) {
                for (SourceSpan s : first.getSourceSpans()) {
                    lines.set(s.getLineIndex(), null);
                }
            }
        }
        if (title == null || title.isBlank()) {
            String name = file.getFileName().toString();
            title = Names.title(name.substring(0, name.lastIndexOf('.')));
        }
        rewriteLinks(doc, lines, file, targets);
        String body = String.join("\n", lines.stream().filter(l -> l != null).toList()).strip();
        String description = f.text("description");
        return "---\ntitle: " + Yaml.quote(title) + "\n"
                + (description == null || description.isEmpty() ? "" : "description: " + Yaml.quote(description) + "\n")
                + "---\n\n" + body + "\n";
    }

    private static Heading firstHeading(Node doc) {
        Heading[] found = new Heading[1];
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading h) {
                if (found[0] == null && h.getLevel() == 1) {
                    found[0] = h;
                }
            }
        });
        return found[0];
    }

    private static String text(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                sb.append(t.getLiteral());
            }
        });
        return sb.toString().strip();
    }

    private static final Pattern DESTINATION = Pattern.compile("\\]\\(\\s*(<[^>\\n]*>|[^)\\s]+)");

    /** A link to another imported file becomes page:id (with its #anchor), which works in every language. */
    private static void rewriteLinks(Node doc, List<String> lines, Path file, Map<Path, String> targets) {
        List<Link> links = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Link l) {
                links.add(l);
                visitChildren(l);
            }
        });
        // From the last link back, so an edit never moves a link still to be edited on the same line.
        for (int i = links.size() - 1; i >= 0; i--) {
            Link l = links.get(i);
            String dest = l.getDestination();
            if (dest.isEmpty() || dest.startsWith("#") || dest.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
                continue;
            }
            String path = dest.replaceAll("#.*", "");
            String anchor = dest.contains("#") ? dest.substring(dest.indexOf('#')) : "";
            String target = targets.get(file.getParent().resolve(path).normalize());
            List<SourceSpan> spans = l.getSourceSpans();
            if (target == null || spans.isEmpty()) {
                continue;
            }
            SourceSpan last = spans.get(spans.size() - 1);
            String line = lines.get(last.getLineIndex());
            if (line == null) {
                continue;
            }
            int from = last.getColumnIndex();
            int to = Math.min(line.length(), from + last.getLength());
            Matcher m = DESTINATION.matcher(line.substring(from, to));
            if (!m.find()) {
                continue;
            }
            boolean angled = m.group(1).startsWith("<");
            int start = m.start(1) + (angled ? 1 : 0);
            int end = m.end(1) - (angled ? 1 : 0);
            if (m.group(1).substring(angled ? 1 : 0, m.group(1).length() - (angled ? 1 : 0)).equals(dest)) {
                ContentPath cp = ContentPath.of(target);
                String id = cp == null ? target.replaceAll("\\.md$", "") : cp.id();
                lines.set(last.getLineIndex(), line.substring(0, from + start) + "page:" + id + anchor
                        + line.substring(from + end));
            }
        }
    }
}

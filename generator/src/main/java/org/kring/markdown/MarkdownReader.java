package org.kring.markdown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.kring.Problems;
import org.kring.model.Markdown;
import org.kring.model.Markdown.LinkUse;
import org.kring.model.SourceFile;

/**
 * Parses a Markdown body once into an immutable-by-convention tree, and records what later stages need:
 * heading anchors, every link and image with its line, and problems in the Markdown itself (unknown or
 * unclosed containers, disallowed raw HTML, nesting beyond {@link NestingLimit}: a body that nests too deeply
 * is reported and read as empty, so no later stage sees it; other tools' markup Kring would print as it is,
 * {@link ForeignSyntax}). Thread-safe.
 */
public final class MarkdownReader {
    /** Anchors the page templates use for their own sections; body headings never take them. */
    public static final Set<String> RESERVED_ANCHORS = org.kring.model.Schema.reservedAnchors();

    private final Parser parser = parser(true);
    /** The same dialect for a body in which no web address or e-mail address can be found (see {@link #mayAutolink}). */
    private final Parser withoutAutolinks = parser(false);

    static Parser parser(boolean autolinks) {
        List<org.commonmark.Extension> extensions = new ArrayList<>(List.of(TablesExtension.create(),
                StrikethroughExtension.create()));
        if (autolinks) {
            extensions.add(AutolinkExtension.create());
        }
        extensions.add(ContainerExtension.create());
        return NestingLimit.apply(Parser.builder()).extensions(extensions)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    }

    /**
     * Whether the autolink extension could find anything in {@code body}: it looks in every text for "://" (a web
     * address), "www" and "@" (an e-mail address). A text holds them only when the body does, or when an escape
     * or an entity makes them, so a body with none of these and no backslash or ampersand is parsed without it,
     * and the tree is the same (its scan of every text was a tenth of parsing).
     */
    static boolean mayAutolink(String body) {
        return mayAutolink(body.toCharArray());
    }

    /** One pass over the body's characters: five searches of the String cost as much as the scan they save. */
    private static boolean mayAutolink(char[] c) {
        for (int i = 0; i < c.length; i++) {
            switch (c[i]) {
                case '@', '&', '\\':
                    return true;
                case ':':
                    if (i + 2 < c.length && c[i + 1] == '/' && c[i + 2] == '/') {
                        return true;
                    }
                    break;
                case 'w':
                    if (i + 2 < c.length && c[i + 1] == 'w' && c[i + 2] == 'w') {
                        return true;
                    }
                    break;
                default:
                    break;
            }
        }
        return false;
    }

    /**
     * @param lineOffset number of lines in the file before {@code body}
     */
    public Markdown read(SourceFile file, String body, int lineOffset, Problems problems) {
        char[] chars = body.toCharArray();
        return read(file, body, chars, lineOffset, problems, mayAutolink(chars));
    }

    /** With the autolink extension or without it, which is only for a body it finds nothing in (the tests compare). */
    Markdown read(SourceFile file, String body, int lineOffset, Problems problems, boolean autolinks) {
        return read(file, body, body.toCharArray(), lineOffset, problems, autolinks);
    }

    /** @param chars the body's characters, which the scans before and after parsing read (one copy for both) */
    private Markdown read(SourceFile file, String body, char[] chars, int lineOffset, Problems problems,
            boolean autolinks) {
        Node root;
        try {
            root = (autolinks ? parser : withoutAutolinks).parse(body);
        } catch (NestingLimit.TooDeep e) {
            problems.error(file.name(), lineOffset + e.lineIndex() + 1, e.column(), e.getMessage());
            // An empty body: nothing after the loader walks a tree deeper than the limits.
            return Markdown.of(new Markdown.Tree(new Document(), Map.of(), List.of()), file, lineOffset, Set.of(),
                    List.of());
        }
        Collector c = new Collector(file, lineOffset, problems, !autolinks);
        root.accept(c);
        c.foreign.scan(file.name(), body, chars, lineOffset, problems);
        InlineSpans.compact(root);
        return Markdown.of(new Markdown.Tree(root, c.headingIds, c.linkNodes), file, lineOffset, c.anchors, c.links);
    }

    private static final class Collector extends AbstractVisitor {
        final SourceFile file;
        final int lineOffset;
        final Problems problems;
        final Map<Node, String> headingIds = new IdentityHashMap<>();
        final Set<String> anchors = new HashSet<>();
        final Set<String> taken = new HashSet<>(RESERVED_ANCHORS);
        final List<LinkUse> links = new ArrayList<>();
        final List<Node> linkNodes = new ArrayList<>();
        final ForeignSyntax foreign = new ForeignSyntax();
        /**
         * Parsed without the autolink extension: its one change to a text without an address is made here, in the
         * walk the reader makes anyway (it runs last among the parser's post-processors): an empty text outside a
         * link (what is left of trailing spaces after a code span or emphasis) is removed.
         */
        final boolean removeEmptyTexts;
        int inLink;
        boolean inHeading;

        Collector(SourceFile file, int lineOffset, Problems problems, boolean removeEmptyTexts) {
            this.file = file;
            this.lineOffset = lineOffset;
            this.problems = problems;
            this.removeEmptyTexts = removeEmptyTexts;
        }

        @Override
        public void visit(Text text) {
            if (removeEmptyTexts && !inHeading && inLink == 0 && text.getLiteral().isEmpty()) {
                text.unlink(); // the walk has taken the next node already
            }
        }

        /** A heading's empty texts go before its {#id} is taken, which may leave one that the extension kept. */
        private static void removeEmptyTexts(Node parent) {
            for (Node n = parent.getFirstChild(); n != null; ) {
                Node next = n.getNext();
                if (n instanceof Text t && t.getLiteral().isEmpty()) {
                    t.unlink();
                } else if (!(n instanceof Link)) {
                    removeEmptyTexts(n);
                }
                n = next;
            }
        }

        @Override
        public void visit(Heading heading) {
            if (removeEmptyTexts) {
                removeEmptyTexts(heading);
            }
            String explicit = HeadingIds.takeExplicitId(heading);
            String id;
            if (explicit != null) {
                if (!taken.add(explicit)) {
                    problems.error(file.name(), line(heading), column(heading),
                            "heading id '#" + explicit + "' is used twice in this file or is reserved");
                }
                id = explicit;
            } else {
                id = HeadingIds.unique(HeadingIds.slug(HeadingIds.text(heading)), taken);
            }
            headingIds.put(heading, id);
            anchors.add(id);
            inHeading = true;
            visitChildren(heading);
            inHeading = false;
        }

        @Override
        public void visit(Link link) {
            linkNodes.add(link);
            links.add(new LinkUse(links.size(), link.getDestination(), false, HeadingIds.text(link), line(link),
                    column(link)));
            inLink++;
            visitChildren(link);
            inLink--;
        }

        @Override
        public void visit(Image image) {
            linkNodes.add(image);
            links.add(new LinkUse(links.size(), image.getDestination(), true, HeadingIds.text(image).strip(),
                    line(image), column(image)));
            visitChildren(image);
        }

        @Override
        public void visit(HtmlInline html) {
            foreign.skip(html, false);
            checkHtml(html, html.getLiteral());
        }

        @Override
        public void visit(HtmlBlock html) {
            foreign.skip(html, true);
            checkHtml(html, html.getLiteral());
        }

        @Override
        public void visit(Code code) {
            foreign.skip(code, false);
        }

        @Override
        public void visit(FencedCodeBlock code) {
            foreign.skip(code, true);
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            foreign.skip(code, true);
        }

        @Override
        public void visit(Paragraph paragraph) {
            if (paragraph.getFirstChild() instanceof Text t && t.getNext() == null
                    && t.getLiteral().strip().equals(":::")) {
                problems.error(file.name(), line(paragraph), column(paragraph),
                        "':::' closes a container block, but no '::: kind' block is open here");
            }
            visitChildren(paragraph);
        }

        @Override
        public void visit(CustomBlock block) {
            if (block instanceof ContainerBlock c) {
                if (c.kind() == null) {
                    List<String> kinds = java.util.Arrays.stream(ContainerKind.values()).map(ContainerKind::id)
                            .toList();
                    problems.error(file.name(), line(c), column(c), "unknown block '::: " + c.kindName()
                            + "'; use one of " + String.join(", ", kinds)
                            + org.kring.load.Suggestions.didYouMean(c.kindName(), kinds));
                }
                if (!c.isClosed()) {
                    problems.error(file.name(), line(c), column(c), "block '::: " + c.kindName()
                            + "' is not closed: add a line ':::' after its last line");
                }
            }
            visitChildren(block);
        }

        private void checkHtml(Node node, String html) {
            String why = RawHtmlPolicy.problem(html);
            if (why != null) {
                problems.error(file.name(), line(node), column(node), why);
            }
        }

        private int line(Node node) {
            List<SourceSpan> spans = node.getSourceSpans();
            return spans.isEmpty() ? lineOffset + 1 : lineOffset + spans.get(0).getLineIndex() + 1;
        }

        private int column(Node node) {
            List<SourceSpan> spans = node.getSourceSpans();
            return spans.isEmpty() ? 0 : spans.get(0).getColumnIndex() + 1;
        }
    }
}

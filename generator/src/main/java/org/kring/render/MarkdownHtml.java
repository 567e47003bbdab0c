package org.kring.render;

import java.util.Map;
import java.util.Set;

import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.kring.i18n.UiStrings;
import org.kring.markdown.ContainerBlock;
import org.kring.markdown.ContainerKind;
import org.kring.markdown.RawHtmlPolicy;
import org.kring.model.Links;
import org.kring.model.Untranslated;
import org.commonmark.node.ListItem;
import org.commonmark.node.Paragraph;
import org.kring.model.Markdown;
import org.kring.model.Markdown.AssetTarget;
import org.kring.model.Markdown.ContentTarget;
import org.kring.model.Markdown.ExternalTarget;

/**
 * Renders a parsed Markdown body to HTML for one page: content links lead to the page's own language,
 * paths are relative (so the site works from any folder and from disk), headings get their anchors,
 * container blocks get their labels, and raw HTML outside the policy is shown as text. Thread-safe: the
 * commonmark renderer is built once; what differs per page travels in a thread-local {@link Scope}.
 */
public final class MarkdownHtml {

    /**
     * What one render call needs to know about the page it renders for.
     *
     * @param linkRoot    prefix for links to other content: the relative way to the site root on the web, the
     *                    site's base URL in a PDF (null when there is none: content links become plain text)
     * @param assetRoot   prefix for pictures: the way to the site root, or "" in a PDF (resolved from content/)
     * @param selfPath    the page's own path, so links to its own anchors stay on the page
     * @param idPrefix    prefix for heading ids, so several bodies can share one document (a manual)
     * @param links       where each link leads, as the validator decided
     * @param untranslated by file name, the parts of translations still in the source language
     * @param omit        the kinds of {@code :::} blocks left out: facilitator notes in a participant handout,
     *                    trainer notes in a trainee's course pack
     * @param web         for a web page: headings get a link to themselves, tables a box of their own that
     *                    scrolls sideways (a phone never scrolls the whole page)
     * @param headingShift levels the body's headings go down: a session plan's "## Opening circle" is a step under
     *                    the page's own "Session plan" heading, so it becomes an h3
     */
    public record Scope(Markdown markdown, String lang, String linkRoot, String assetRoot, String selfPath,
            String idPrefix, Router router, Links links, Map<String, Untranslated> untranslated, UiStrings ui,
            Set<ContainerKind> omit, boolean web, int headingShift) {

        /** A print scope. */
        public Scope(Markdown markdown, String lang, String linkRoot, String assetRoot, String selfPath,
                String idPrefix, Router router, Links links, Map<String, Untranslated> untranslated, UiStrings ui,
                Set<ContainerKind> omit) {
            this(markdown, lang, linkRoot, assetRoot, selfPath, idPrefix, router, links, untranslated, ui, omit, false,
                    0);
        }

        public static Scope web(Markdown markdown, String lang, String root, String selfPath, Router router,
                Links links, Map<String, Untranslated> untranslated, UiStrings ui, int headingShift) {
            return new Scope(markdown, lang, root, root, selfPath, "", router, links, untranslated, ui, Set.of(), true,
                    headingShift);
        }

        /** The same scope, leaving out blocks of these kinds. */
        public Scope omitting(Set<ContainerKind> kinds) {
            return new Scope(markdown, lang, linkRoot, assetRoot, selfPath, idPrefix, router, links, untranslated, ui,
                    kinds, web, headingShift);
        }

        /**
         * The id an anchor gets in the output. In a PDF (a scope with a prefix) ids are kept to ASCII: the PDF
         * engine's bookmarks stall on ids in other scripts, so those become a stable hash.
         */
        public String anchor(String id) {
            return idPrefix.isEmpty() ? id : idPrefix + asciiId(id);
        }

        public static String asciiId(String id) {
            return id.matches("[A-Za-z0-9_-]+") ? id : "h" + Integer.toHexString(id.hashCode());
        }

        public Scope with(Markdown other) {
            return new Scope(other, lang, linkRoot, assetRoot, selfPath, idPrefix, router, links, untranslated, ui,
                    omit, web, headingShift);
        }
    }

    private static final ThreadLocal<Scope> SCOPE = new ThreadLocal<>();

    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(java.util.List.of(TablesExtension.create(), StrikethroughExtension.create(),
                    AutolinkExtension.create()))
            .attributeProviderFactory(context -> MarkdownHtml::attributes)
            .nodeRendererFactory(ContainerRenderer::new)
            .nodeRendererFactory(RawHtmlRenderer::new)
            .nodeRendererFactory(HeadingRenderer::new)
            .sanitizeUrls(true)
            .build();

    public String render(Scope scope) {
        return render(scope.markdown().root(), scope);
    }

    /** Renders one node of the body (with its children), e.g. a single participant block. */
    public String render(Node node, Scope scope) {
        Scope previous = SCOPE.get();
        SCOPE.set(scope);
        try {
            String html = renderer.render(node);
            return scope.web() ? scrollingTables(html, scope) : html;
        } finally {
            if (previous == null) {
                SCOPE.remove();
            } else {
                SCOPE.set(previous);
            }
        }
    }

    /**
     * The contents of every {@code ::: kind} block of a body, in order, without the blocks the scope omits
     * inside them: the participant handout's part of a session, the handouts of a course module.
     */
    public String parts(Scope scope, ContainerKind kind) {
        StringBuilder sb = new StringBuilder();
        collect(scope.markdown().root(), kind, scope, sb);
        return sb.toString();
    }

    /** The participant handout's part of a body, without facilitator notes. */
    public String participantParts(Scope scope) {
        return parts(scope.omitting(Set.of(ContainerKind.FACILITATOR)), ContainerKind.PARTICIPANT);
    }

    private void collect(Node node, ContainerKind kind, Scope scope, StringBuilder sb) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ContainerBlock c && scope.omit().contains(c.kind())) {
                continue;
            }
            if (child instanceof ContainerBlock c && c.kind() == kind) {
                if (kind == ContainerKind.HANDOUT && c.title() != null) {
                    sb.append("<h3 class=\"part-title\">").append(escape(c.title())).append("</h3>\n");
                }
                for (Node part = c.getFirstChild(); part != null; part = part.getNext()) {
                    sb.append(render(part, scope));
                }
            } else {
                collect(child, kind, scope, sb);
            }
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void attributes(Node node, String tagName, Map<String, String> attributes) {
        Scope scope = SCOPE.get();
        if (scope == null) {
            return;
        }
        if (node instanceof Paragraph || node instanceof Heading || node instanceof ListItem
                || node instanceof org.commonmark.ext.gfm.tables.TableCell) {
            inSourceLanguage(node, scope, attributes);
        }
        if (node instanceof Heading) {
            String id = scope.markdown().headingIds().get(node);
            if (id != null) {
                attributes.put("id", scope.anchor(id));
            }
        } else if (node instanceof Link) {
            // The sanitiser marks every link nofollow, as for comments by strangers; a curriculum's authors are
            // its owners, and its links to its own pages and to sources it cites are meant to be followed.
            attributes.remove("rel");
            if (!scope.idPrefix().isEmpty()) {
                // Tagged PDF: a link's title is what a screen reader announces for it.
                attributes.put("title", textOf(node));
            }
            String href = href(node, scope);
            if (href != null) {
                attributes.put("href", href);
            } else if (scope.links().target(scope.markdown(), node) instanceof ContentTarget
                    || scope.links().target(scope.markdown(), node) == null) {
                // A content link with no page in this language, or a link in a translation to something the
                // source no longer has (a warning): text without a link rather than a broken one.
                attributes.remove("href");
            }
        } else if (node instanceof Image) {
            String src = href(node, scope);
            if (src != null) {
                attributes.put("src", src);
            } else if (scope.links().target(scope.markdown(), node) == null) {
                attributes.remove("src"); // a picture the source no longer has (a warning): its alt text shows
            }
            attributes.put("loading", "lazy");
            attributes.put("decoding", "async");
        }
    }

    /** A block of a translation that is still in the source language says so, for readers and screen readers. */
    private static void inSourceLanguage(Node node, Scope scope, Map<String, String> attributes) {
        Markdown md = scope.markdown();
        Untranslated u = md == null || scope.untranslated() == null ? null : scope.untranslated().get(md.file().name());
        if (u == null || node.getSourceSpans().isEmpty()) {
            return;
        }
        int line = md.lineOffset() + 1 + node.getSourceSpans().get(0).getLineIndex();
        if (u.lines().contains(line)) {
            attributes.put("lang", u.lang());
            attributes.put("dir", u.dir());
        }
    }

    private static String textOf(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new org.commonmark.node.AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Text text) {
                sb.append(text.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.Code code) {
                sb.append(code.getLiteral());
            }
        });
        return sb.toString();
    }

    private static String href(Node node, Scope scope) {
        Markdown.Target target = scope.links().target(scope.markdown(), node);
        if (target instanceof ContentTarget ct) {
            String path = scope.router().path(ct.ref().key(), scope.lang());
            if (path == null) {
                return null;
            }
            String anchor = ct.ref().anchor() == null ? "" : "#" + ct.ref().anchor();
            if (path.equals(scope.selfPath()) && !anchor.isEmpty()) {
                return "#" + scope.anchor(ct.ref().anchor());
            }
            if (scope.linkRoot() == null) {
                return null;
            }
            return scope.linkRoot() + path + anchor;
        } else if (target instanceof AssetTarget at) {
            return scope.assetRoot() + at.sitePath();
        } else if (target instanceof ExternalTarget et) {
            return et.url();
        }
        return null;
    }

    /**
     * A web page's Markdown tables each in a box that scrolls sideways when the table is wider than a phone. The
     * box is a named region the keyboard can reach, so it can be scrolled without a mouse (WCAG 2.1.1).
     */
    private static String scrollingTables(String html, Scope scope) {
        if (!html.contains("<table>")) {
            return html;
        }
        String open = "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\""
                + escape(scope.ui().get("table")) + "\"><table>";
        return html.replace("<table>", open).replace("</table>", "</table></div>");
    }

    /**
     * Headings as commonmark writes them, one level down by the scope's shift; on a web page each with a link to
     * itself beside it (the link is outside the heading, so a screen reader's list of headings stays clean).
     */
    private static final class HeadingRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        HeadingRenderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Heading.class);
        }

        @Override
        public void render(Node node) {
            Heading heading = (Heading) node;
            Scope scope = SCOPE.get();
            int level = scope == null ? heading.getLevel() : Math.min(6, heading.getLevel() + scope.headingShift());
            String tag = "h" + level;
            Map<String, String> attrs = context.extendAttributes(heading, tag, Map.of());
            boolean link = scope != null && scope.web() && attrs.containsKey("id");
            html.line();
            if (link) {
                html.tag("div", Map.of("class", "heading heading-" + level));
            }
            html.tag(tag, attrs);
            for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            html.tag("/" + tag);
            if (link) {
                // In this order in every build (Map.of's order changes from one run to the next).
                Map<String, String> a = new java.util.LinkedHashMap<>();
                a.put("class", "heading-link");
                a.put("href", "#" + attrs.get("id"));
                a.put("aria-label", scope.ui().get("heading_link") + ": " + textOf(heading));
                html.tag("a", a);
                html.tag("/a");
                html.tag("/div");
            }
            html.line();
        }
    }

    /** Container blocks become labelled boxes; the label is in the page's language. */
    private static final class ContainerRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        ContainerRenderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(ContainerBlock.class);
        }

        @Override
        public void render(Node node) {
            ContainerBlock block = (ContainerBlock) node;
            ContainerKind kind = block.kind() == null ? ContainerKind.TIP : block.kind();
            Scope scope = SCOPE.get();
            if (scope != null && scope.omit().contains(kind)) {
                return;
            }
            String label = scope == null ? kind.id() : scope.ui().get("box." + kind.id());
            html.line();
            html.tag("div", Map.of("class", "box box-" + kind.id()));
            html.tag("p", Map.of("class", "box-label"));
            html.text(label);
            if (block.title() != null) {
                html.text(": ");
                html.tag("span", Map.of("class", "box-title"));
                html.text(block.title());
                html.tag("/span");
            }
            html.tag("/p");
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            html.tag("/div");
            html.line();
        }
    }

    /** Raw HTML that passes {@link RawHtmlPolicy} is kept; anything else is shown as text, never run. */
    private static final class RawHtmlRenderer implements NodeRenderer {
        private final HtmlWriter html;

        RawHtmlRenderer(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(HtmlInline.class, HtmlBlock.class);
        }

        @Override
        public void render(Node node) {
            String literal = node instanceof HtmlInline i ? i.getLiteral() : ((HtmlBlock) node).getLiteral();
            boolean block = node instanceof HtmlBlock;
            if (block) {
                html.line();
            }
            if (literal.strip().startsWith("<!--")) {
                return;
            }
            if (RawHtmlPolicy.problem(literal) == null) {
                html.raw(literal);
            } else if (block) {
                html.tag("p");
                html.text(literal.strip());
                html.tag("/p");
            } else {
                html.text(literal);
            }
            if (block) {
                html.line();
            }
        }
    }
}

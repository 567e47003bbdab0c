package org.kring.model;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.commonmark.node.Node;

/**
 * The Markdown body of one file. Read once and shared by every language that falls back to it, by the web
 * pages and by the print editions.
 *
 * <p>What validation and the other pages need of a body (its anchors and links, with their places) is known
 * from the start. The tree itself may come later: a body whose facts a previous build kept
 * ({@code load.ReadCache}) is parsed only when a page that shows it is rendered, so a rebuild after a
 * one-page edit parses one body, not the site's. Both ways give the same tree and facts (the same reader parses).
 *
 * @see Links where each link leads, decided by the validator
 */
public final class Markdown {
    private final SourceFile file;
    private final int lineOffset;
    private final Set<String> anchors;
    private final List<LinkUse> links;
    private final List<LinkUse> anchorLinks;
    private final boolean empty;
    private Supplier<Markdown> parse;
    private volatile Tree tree;

    /** A link or image as written, with its place in the file; {@code index} is its place among the body's links. */
    public record LinkUse(int index, String destination, boolean image, String text, int line, int column) {
    }

    /**
     * The parsed body.
     *
     * @param headingIds the anchor id of each heading node (identity map), stable across renders
     * @param linkNodes  the node of each {@link LinkUse}, in the same order
     */
    public record Tree(Node root, Map<Node, String> headingIds, List<Node> linkNodes) {
    }

    /** Where a link leads, once resolved by the validator. */
    public sealed interface Target permits ContentTarget, AssetTarget, ExternalTarget {
    }

    /** Another piece of content, rendered in the page's own language. */
    public record ContentTarget(Ref ref) implements Target {
    }

    /** A file copied into the site, such as a picture: {@code sitePath} is relative to the site root. */
    public record AssetTarget(String sitePath) implements Target {
    }

    public record ExternalTarget(String url) implements Target {
    }

    private Markdown(SourceFile file, int lineOffset, Set<String> anchors, List<LinkUse> links, boolean empty,
            Tree tree, Supplier<Markdown> parse) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.anchors = Set.copyOf(anchors);
        this.links = List.copyOf(links);
        this.anchorLinks = this.links.stream().filter(l -> l.destination().indexOf('#') >= 0).toList();
        this.empty = empty;
        this.tree = tree;
        this.parse = parse;
    }

    /** A body parsed now. */
    public static Markdown of(Tree tree, SourceFile file, int lineOffset, Set<String> anchors, List<LinkUse> links) {
        if (tree.linkNodes().size() != links.size()) {
            throw new IllegalArgumentException("a node for every link");
        }
        return new Markdown(file, lineOffset, anchors, links, tree.root().getFirstChild() == null,
                new Tree(tree.root(), Collections.unmodifiableMap(tree.headingIds()), List.copyOf(tree.linkNodes())),
                null);
    }

    /**
     * A body whose facts are known and whose tree {@code parse} makes on first use, by reading the body these
     * facts were taken from.
     */
    public static Markdown later(SourceFile file, int lineOffset, Set<String> anchors, List<LinkUse> links,
            boolean empty, Supplier<Markdown> parse) {
        return new Markdown(file, lineOffset, anchors, links, empty, null, parse);
    }

    public SourceFile file() {
        return file;
    }

    public int lineOffset() {
        return lineOffset;
    }

    /** Every anchor id the body defines. */
    public Set<String> anchors() {
        return anchors;
    }

    /** Every link and image in the body, in document order. */
    public List<LinkUse> links() {
        return links;
    }

    /** The links whose destination has a '#', whose anchors the validator checks. */
    public List<LinkUse> anchorLinks() {
        return anchorLinks;
    }

    public boolean isEmpty() {
        return empty;
    }

    /** Whether the tree has been made (tests; a rebuild parses only what it renders). */
    public boolean isParsed() {
        return tree != null;
    }

    public Node root() {
        return tree().root();
    }

    /** The anchor id of each heading node. */
    public Map<Node, String> headingIds() {
        return tree().headingIds();
    }

    /** The place among {@link #links()} of a link or image node of this body, or -1. */
    public int linkIndex(Node node) {
        Map<Node, Integer> m = linkIndex;
        if (m == null) {
            List<Node> nodes = tree().linkNodes();
            m = new IdentityHashMap<>(nodes.size() * 2);
            for (int i = 0; i < nodes.size(); i++) {
                m.put(nodes.get(i), i);
            }
            linkIndex = m;
        }
        Integer i = m.get(node);
        return i == null ? -1 : i;
    }

    private volatile Map<Node, Integer> linkIndex;

    private Tree tree() {
        Tree t = tree;
        if (t == null) {
            synchronized (this) {
                t = tree;
                if (t == null) {
                    t = parse.get().tree();
                    if (t.linkNodes().size() != links.size()) {
                        throw new IllegalStateException(file.name() + ": the body parsed again has "
                                + t.linkNodes().size() + " links, its kept facts " + links.size());
                    }
                    tree = t;
                    parse = null;
                }
            }
        }
        return t;
    }

    @Override
    public String toString() {
        return "Markdown[" + file.name() + "]";
    }
}

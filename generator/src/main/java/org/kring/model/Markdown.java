package org.kring.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonmark.node.Node;

/**
 * The parsed Markdown body of one file. Parsed once and shared by every language that falls back to it,
 * by the web pages and by the print editions.
 *
 * @param headingIds the anchor id of each heading node (identity map), stable across renders
 * @param anchors    every anchor id the body defines
 * @param links      every link and image in the body, in document order
 * @param anchorLinks the links whose destination has a '#', whose anchors the validator checks
 * @see Links where each link leads, decided by the validator
 */
public record Markdown(Node root, SourceFile file, int lineOffset, Map<Node, String> headingIds,
        Set<String> anchors, List<LinkUse> links, List<LinkUse> anchorLinks) {

    /** A link or image as written, with its place in the file. */
    public record LinkUse(Node node, String destination, boolean image, String text, int line, int column) {
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

    public static Markdown of(Node root, SourceFile file, int lineOffset, Map<Node, String> headingIds,
            Set<String> anchors, List<LinkUse> links) {
        return new Markdown(root, file, lineOffset, Collections.unmodifiableMap(headingIds), Set.copyOf(anchors),
                List.copyOf(links), links.stream().filter(l -> l.destination().indexOf('#') >= 0).toList());
    }

    public boolean isEmpty() {
        return root.getFirstChild() == null;
    }
}

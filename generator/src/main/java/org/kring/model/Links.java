package org.kring.model;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.commonmark.node.Node;

/**
 * Where every link and picture of every Markdown body leads, as the validator decided it, and so which files
 * under content/ the site publishes. Parsed bodies stay immutable and shared between languages; the renderers
 * look their links up here. A link that is not here had a problem, and a model with problems is never rendered.
 */
public final class Links {
    public static final Links NONE = new Links(Map.of(), List.of());

    /**
     * By body (its root node), each link node's target: a body's map is made once and kept while the body is
     * (the preview validates again after every edit, and a site has tens of thousands of links).
     */
    private final Map<Node, Map<Node, Markdown.Target>> byBody;
    private final List<Asset> files;

    /**
     * @param byBody each body's targets by link node, by the body's root node (identity maps: nodes are unique
     *               to one parse)
     * @param files  the files the site publishes as they are: those a page uses and those in a folder site.yml
     *               declares, sorted by path
     */
    public Links(Map<Node, Map<Node, Markdown.Target>> byBody, List<Asset> files) {
        this.byBody = Collections.unmodifiableMap(new IdentityHashMap<>(byBody));
        this.files = List.copyOf(files);
    }

    /** The files under content/ the site publishes (web pages copy them, PDFs' cache keys hash them). */
    public List<Asset> files() {
        return files;
    }

    /** Where a link or picture node leads, or null. */
    public Markdown.Target target(Node node) {
        Node root = node;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Map<Node, Markdown.Target> body = byBody.get(root);
        return body == null ? null : body.get(node);
    }

    public int size() {
        return byBody.values().stream().mapToInt(Map::size).sum();
    }
}

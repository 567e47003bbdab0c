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

    private final Map<Node, Markdown.Target> targets;
    private final List<Asset> files;

    /**
     * @param targets by link node (an identity map: nodes are unique to one parse)
     * @param files   the files the site publishes as they are: those a page uses and those in a folder site.yml
     *                declares, sorted by path
     */
    public Links(Map<Node, Markdown.Target> targets, List<Asset> files) {
        this.targets = Collections.unmodifiableMap(new IdentityHashMap<>(targets));
        this.files = List.copyOf(files);
    }

    /** The files under content/ the site publishes (web pages copy them, PDFs' cache keys hash them). */
    public List<Asset> files() {
        return files;
    }

    /** Where a link or picture node leads, or null. */
    public Markdown.Target target(Node node) {
        return targets.get(node);
    }

    public int size() {
        return targets.size();
    }
}

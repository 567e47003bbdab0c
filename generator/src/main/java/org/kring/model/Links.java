package org.kring.model;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

import org.commonmark.node.Node;

/**
 * Where every link and picture of every Markdown body leads, as the validator decided it. Parsed bodies stay
 * immutable and shared between languages; the renderers look their links up here. A link that is not here
 * had a problem, and a model with problems is never rendered.
 */
public final class Links {
    public static final Links NONE = new Links(Map.of());

    private final Map<Node, Markdown.Target> targets;

    /** @param targets by link node (an identity map: nodes are unique to one parse) */
    public Links(Map<Node, Markdown.Target> targets) {
        this.targets = Collections.unmodifiableMap(new IdentityHashMap<>(targets));
    }

    /** Where a link or picture node leads, or null. */
    public Markdown.Target target(Node node) {
        return targets.get(node);
    }

    public int size() {
        return targets.size();
    }
}

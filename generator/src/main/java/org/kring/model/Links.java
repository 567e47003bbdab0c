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
     * By body, each link's target by its place among the body's links: a body's map is made once and kept while
     * the body is (the preview validates again after every edit, and a site has tens of thousands of links). Not
     * by node: a body whose facts a previous build kept is validated before (or without) being parsed.
     */
    private final Map<Markdown, Map<Integer, Markdown.Target>> byBody;
    private final List<Asset> files;

    /**
     * @param byBody each body's targets by the link's place in {@link Markdown#links()} (an identity map: bodies
     *               are unique to one read)
     * @param files  the files the site publishes as they are: those a page uses and those in a folder site.yml
     *               declares, sorted by path
     */
    public Links(Map<Markdown, Map<Integer, Markdown.Target>> byBody, List<Asset> files) {
        this.byBody = Collections.unmodifiableMap(new IdentityHashMap<>(byBody));
        this.files = List.copyOf(files);
    }

    /** The files under content/ the site publishes (web pages copy them, PDFs' cache keys hash them). */
    public List<Asset> files() {
        return files;
    }

    /** Where a link or picture of {@code body} leads, or null. */
    public Markdown.Target target(Markdown body, Markdown.LinkUse link) {
        Map<Integer, Markdown.Target> targets = byBody.get(body);
        return targets == null ? null : targets.get(link.index());
    }

    /** Where a link or picture node of {@code body} leads, or null. */
    public Markdown.Target target(Markdown body, Node node) {
        Map<Integer, Markdown.Target> targets = byBody.get(body);
        return targets == null ? null : targets.get(body.linkIndex(node));
    }

    public int size() {
        return byBody.values().stream().mapToInt(Map::size).sum();
    }
}

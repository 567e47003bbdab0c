package org.kring.load;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Every YAML text Kring reads (front matter, site.yml, ui.yml, translation records) is composed here, with
 * limits that keep the recursive walks after it (SnakeYAML's composer, Kring's readers of the nodes) shallow
 * and finite. SnakeYAML checks depth and aliases too, but says so without a line; here each limit is met
 * as the parser's events pass by, so the error names the line where the nesting goes too deep, the alias
 * too many, or the alias that would make a list or mapping contain itself (a loop no walk would leave).
 */
public final class YamlNodes {
    /** Lists and mappings inside each other, the file's own mapping included. */
    public static final int MAX_DEPTH = 20;
    /** Aliases ({@code *name}) of lists and mappings: each copies a whole collection (a "billion laughs"). */
    public static final int MAX_COLLECTION_ALIASES = 20;

    private YamlNodes() {
    }

    /** A limit of Kring's, not a YAML syntax error: its message is said as it is. */
    public static final class LimitException extends MarkedYAMLException {
        LimitException(String problem, Mark mark) {
            super(null, null, problem, mark);
        }
    }

    /**
     * The root node of {@code yaml} (null when it holds no document); duplicate keys are left for the caller
     * to report with their line.
     *
     * @throws MarkedYAMLException for invalid YAML, and as {@link LimitException} for YAML beyond the limits
     */
    public static Node compose(String yaml) {
        LoaderOptions options = options();
        return composer(yaml, options).getSingleNode();
    }

    /** The same YAML as plain Java values (maps, lists, strings, numbers, booleans), for files Kring writes. */
    public static Object load(String yaml) {
        LoaderOptions options = options();
        SafeConstructor constructor = new SafeConstructor(options);
        constructor.setComposer(composer(yaml, options));
        return constructor.getSingleData(Object.class);
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        // SnakeYAML's own checks stay as a backstop, one step beyond Kring's, which come first with a line.
        options.setNestingDepthLimit(MAX_DEPTH + 1);
        options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES + 1);
        return options;
    }

    private static Composer composer(String yaml, LoaderOptions options) {
        return new Composer(new Limits(new ParserImpl(new StreamReader(yaml), options)), new Resolver(), options);
    }

    /** Sees each event the composer takes and stops at the first one beyond a limit. */
    private static final class Limits implements Parser {
        private final Parser parser;
        /** The collections open at this point, innermost first. */
        private final Deque<CollectionStartEvent> open = new ArrayDeque<>();
        /** The event each anchor names now (an anchor may be defined again further on). */
        private final Map<String, NodeEvent> anchors = new HashMap<>();
        private int collectionAliases;

        Limits(Parser parser) {
            this.parser = parser;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return parser.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public Event getEvent() {
            Event e = parser.getEvent();
            if (e instanceof CollectionStartEvent start) {
                open.push(start);
                if (open.size() > MAX_DEPTH) {
                    throw new LimitException("lists and mappings nest more than " + MAX_DEPTH + " deep here; Kring "
                            + "allows up to " + MAX_DEPTH, e.getStartMark());
                }
            } else if (e instanceof CollectionEndEvent) {
                open.pop();
            } else if (e instanceof AliasEvent alias) {
                NodeEvent target = anchors.get(alias.getAnchor());
                if (target instanceof CollectionStartEvent) {
                    if (isOpen(target)) {
                        throw new LimitException("alias '*" + alias.getAnchor() + "' is inside the list or mapping it "
                                + "names, which would then contain itself without end", e.getStartMark());
                    }
                    if (++collectionAliases > MAX_COLLECTION_ALIASES) {
                        throw new LimitException("more than " + MAX_COLLECTION_ALIASES + " aliases ('*name') of lists "
                                + "and mappings; Kring allows up to " + MAX_COLLECTION_ALIASES, e.getStartMark());
                    }
                }
            }
            if (e instanceof NodeEvent node && !(e instanceof AliasEvent) && node.getAnchor() != null) {
                anchors.put(node.getAnchor(), node);
            }
            return e;
        }

        /** By identity: SnakeYAML's events are equal when they print alike. */
        private boolean isOpen(NodeEvent start) {
            for (CollectionStartEvent o : open) {
                if (o == start) {
                    return true;
                }
            }
            return false;
        }
    }
}

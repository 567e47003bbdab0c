package org.kring.validate;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.kring.Problems;
import org.kring.load.Suggestions;
import org.kring.model.ContentKind;
import org.kring.model.DocKey;
import org.kring.model.Markdown;
import org.kring.model.Markdown.AssetTarget;
import org.kring.model.Markdown.ContentTarget;
import org.kring.model.Markdown.ExternalTarget;
import org.kring.model.Markdown.LinkUse;
import org.kring.model.Ref;

/**
 * Decides where every link and image in a Markdown body leads, and reports the ones that lead nowhere.
 * Accepts content links ({@code topic:nutrition}), relative links to {@code .md} files, pictures and other
 * files under content/, and external web and mail links. Anything else, {@code javascript:} included, is
 * an error.
 */
final class LinkResolver {
    /** The page ids of list pages the site always has, with or without an index.md. */
    static final Set<String> LIST_PAGES = Set.copyOf(org.kring.model.Page.LIST_PAGES);

    private final Set<DocKey> keys;
    private final Map<String, DocKey> keysByContentPath;
    private final Set<String> assets;
    private final Publishing publishing;
    private final Problems problems;

    LinkResolver(Set<DocKey> keys, Map<String, DocKey> keysByContentPath, Set<String> assets, Publishing publishing,
            Problems problems) {
        this.keys = keys;
        this.keysByContentPath = keysByContentPath;
        this.assets = assets;
        this.publishing = publishing;
        this.problems = problems;
    }

    boolean exists(DocKey key) {
        return keys.contains(key) || key.kind() == ContentKind.PAGE && LIST_PAGES.contains(key.id());
    }

    /**
     * @param self        the content the Markdown belongs to, for {@code #anchor} links
     * @param contentPath the file's path as if it were under content/ (translations mirror content/)
     * @param into        where each link's target is put, by its place among the body's links
     */
    void resolve(Markdown md, DocKey self, String contentPath, Map<Integer, Markdown.Target> into) {
        for (LinkUse link : md.links()) {
            Markdown.Target t = target(md, link, self, contentPath);
            if (t != null) {
                into.put(link.index(), t);
            }
            if (link.image() && t instanceof AssetTarget a && PictureFormat.ofName(a.sitePath()) == null) {
                String ext = PictureFormat.extension(a.sitePath());
                problems.error(md.file().name(), link.line(), link.column(), "picture '" + link.destination() + "' is "
                        + (ext.isEmpty() ? "a file without a picture extension" : "a ." + ext + " file")
                        + ", not a picture pages and PDFs show; save it as SVG, PNG, JPEG, GIF or WebP");
            }
            if (link.image() && link.text().isBlank()) {
                problems.error(md.file().name(), link.line(), link.column(), "picture '" + link.destination()
                        + "' has no alt text: write what it shows between the brackets, ![like this](...)");
            }
        }
    }

    private Markdown.Target target(Markdown md, LinkUse link, DocKey self, String contentPath) {
        String dest = link.destination().strip();
        String name = link.image() ? "picture" : "link";
        if (dest.isEmpty()) {
            return error(md, link, "empty " + name + " target");
        }
        String lower = dest.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:")
                || lower.startsWith("tel:")) {
            return new ExternalTarget(dest);
        }
        if (dest.startsWith("#")) {
            return new ContentTarget(new Ref(self, dest.substring(1)));
        }
        Ref ref = Ref.parse(dest);
        if (ref != null) {
            if (!exists(ref.key())) {
                return missing(md, link, "unknown " + ref.key().kind().prefix() + " '" + ref.key().id() + "' in "
                        + name + " '" + dest + "'" + Suggestions.didYouMean(ref.key().id(), idsOf(ref.key().kind())));
            }
            return new ContentTarget(ref);
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*:.*")) {
            return error(md, link, name + " '" + dest + "' uses a scheme that is not allowed; use https://, mailto:, "
                    + "tel: or a content link such as topic:nutrition");
        }
        String anchor = null;
        String path = dest;
        int hash = path.indexOf('#');
        if (hash >= 0) {
            anchor = path.substring(hash + 1);
            path = path.substring(0, hash);
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        path = java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        String relative = path.startsWith("/") ? normalise(path.substring(1)) : normalise(dir(contentPath) + path);
        String fromRoot = path.startsWith("/") ? relative : normalise(path);
        for (String candidate : new String[] {relative, fromRoot}) {
            if (candidate == null) {
                continue;
            }
            if (candidate.endsWith(".md") && keysByContentPath.containsKey(candidate)) {
                return new ContentTarget(new Ref(keysByContentPath.get(candidate), anchor));
            }
            if (assets.contains(candidate)) {
                String refused = publishing.refusal(candidate);
                if (refused != null) {
                    // Not the source's doing even in a translation: the team linked the file, so an error there too.
                    // The link still leads to the file (it is used, not forgotten); Publishing leaves it out.
                    error(md, link, name + " to " + dest + ": " + refused);
                }
                return new AssetTarget(candidate);
            }
        }
        for (String candidate : new String[] {relative, fromRoot}) {
            if (candidate != null && org.kring.load.InputFiles.isHidden(candidate)) {
                return error(md, link, name + " to " + dest + ": a hidden file (its name or a folder's starts with "
                        + "'.'); Kring never reads or publishes hidden files");
            }
        }
        return missing(md, link, (link.image() ? "picture not found: " : "link target not found: ") + dest
                + (link.image() ? " (looked for content/" + (relative == null ? path : relative) + ")"
                        : "; link to content with topic:ID, session:PROGRAMME/NUMBER, page:ID or a .md file"));
    }

    private Collection<String> idsOf(ContentKind kind) {
        Set<String> ids = new HashSet<>();
        for (DocKey k : keys) {
            if (k.kind() == kind) {
                ids.add(k.id());
            }
        }
        if (kind == ContentKind.PAGE) {
            ids.addAll(LIST_PAGES);
        }
        return ids;
    }

    /**
     * A link to something that is not there. In a translation that is a warning: the source removed or renamed
     * what it led to after the translation was made, and a source edit must not stop the site (the link is shown
     * as plain text until the team updates it). In the source it is an error.
     */
    private Markdown.Target missing(Markdown md, LinkUse link, String message) {
        if (isTranslation(md)) {
            problems.warning(md.file().name(), link.line(), link.column(), message
                    + " (shown as plain text until the translation is updated)");
            return null;
        }
        return error(md, link, message);
    }

    static boolean isTranslation(Markdown md) {
        return md.file().name().startsWith("translations/");
    }

    private Markdown.Target error(Markdown md, LinkUse link, String message) {
        problems.error(md.file().name(), link.line(), link.column(), message);
        return null;
    }

    private static String dir(String contentPath) {
        int slash = contentPath.lastIndexOf('/');
        return slash < 0 ? "" : contentPath.substring(0, slash + 1);
    }

    /** Resolves {@code .} and {@code ..}; null when the path climbs out of content/. */
    static String normalise(String path) {
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (String p : path.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(p);
            }
        }
        return String.join("/", parts);
    }
}

package org.kring.model;

/**
 * A link to content by id, as written in Markdown and site.yml: {@code topic:nutrition#key-messages}.
 * Content links work in every language: they lead to the same content in the page's language.
 */
public record Ref(DocKey key, String anchor) {

    /** Parses {@code kind:id[#anchor]}; returns null when the text does not start with a content prefix. */
    public static Ref parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        ContentKind kind = ContentKind.ofPrefix(text.substring(0, colon));
        if (kind == null) {
            return null;
        }
        String rest = text.substring(colon + 1);
        String anchor = null;
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            anchor = rest.substring(hash + 1);
            rest = rest.substring(0, hash);
        }
        while (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        return new Ref(new DocKey(kind, rest), anchor == null || anchor.isEmpty() ? null : anchor);
    }

    /** True for the prefixes this class understands, so unknown schemes such as {@code mailto:} pass through. */
    public static boolean looksLikeRef(String text) {
        return parse(text) != null;
    }

    @Override
    public String toString() {
        return key + (anchor == null ? "" : "#" + anchor);
    }
}

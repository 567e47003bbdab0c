package org.kring.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A language the site is built in.
 *
 * @param code      BCP 47 tag, e.g. {@code nl}, {@code nl-SR}, {@code ar}
 * @param name      the language's own name, e.g. {@code Nederlands}, {@code العربية}
 * @param fallback  where missing text comes from, in order, ending with the source language
 * @param locale    the BCP 47 locale whose conventions dates follow ({@code en-GB}), or null for the code's own
 */
public record Language(String code, String name, TextDirection direction, List<String> fallback, String locale) {

    public Language(String code, String name, TextDirection direction, List<String> fallback) {
        this(code, name, direction, fallback, null);
    }

    public String dir() {
        return direction.attr();
    }

    public boolean rtl() {
        return direction == TextDirection.RTL;
    }

    /** This language followed by its fallbacks. */
    public List<String> chain() {
        List<String> chain = new ArrayList<>(fallback.size() + 1);
        chain.add(code);
        chain.addAll(fallback);
        return chain;
    }
}

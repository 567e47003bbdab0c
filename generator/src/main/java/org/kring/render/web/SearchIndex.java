package org.kring.render.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.jr.ob.JSON;

/**
 * The documents a language's search page searches, written as a script ({@code <lang>/search-index.js}) and not
 * as JSON: a page opened from disk ({@code file://}) may not fetch a file in Chromium, but it may load a script.
 * The text is taken from the page as it was rendered, so a reader finds what the page shows (agenda, questions,
 * notices of the template), not what the Markdown source says. The browser builds MiniSearch's index from these
 * documents when the reader searches: its own format is an implementation detail of the library, not a contract
 * to write from Java. Filled by the page renderer's threads; the preview keeps one between renders, so the
 * entries of the pages an edit did not touch are still there when it renders a few.
 */
public final class SearchIndex {
    /** The global the script sets; the search page's script reads it. */
    static final String GLOBAL = "kringSearch";

    /**
     * One page: {@code u} its link from the site's root naming its file (as the site links pages, so it opens
     * from disk), {@code k} what it is in the page's language, {@code x} its text, {@code l} the text's language
     * when the page shows another's (an untranslated page).
     */
    record Entry(String title, String kind, String url, String text, String textLang) {
    }

    /** Per language, each page's entry by its file. */
    private final Map<String, Map<String, Stored>> byLanguage = new ConcurrentHashMap<>();

    /**
     * Where each language's index as the last build wrote it is, for a build that renders only some pages: the
     * entries of the pages it does not render are read from there when the language's index is written.
     */
    private java.util.function.Function<String, byte[]> previous;
    private final java.util.Set<String> readPrevious = ConcurrentHashMap.newKeySet();

    /** An index that starts from the scripts the last build wrote ({@code previous} gives one by language). */
    public static SearchIndex continuing(java.util.function.Function<String, byte[]> previous) {
        SearchIndex index = new SearchIndex();
        index.previous = previous;
        return index;
    }

    /** The entries of a script {@link #script} wrote, to keep for the pages not rendered again. */
    private void readPrevious(String lang) {
        if (previous == null || !readPrevious.add(lang)) {
            return;
        }
        byte[] script = previous.apply(lang);
        if (script == null) {
            return;
        }
        Map<String, Stored> entries = byLanguage.computeIfAbsent(lang, k -> new ConcurrentHashMap<>());
        Map<String, byte[]> slices = slices(script, head(lang));
        if (slices != null) {
            // a page rendered by this build has its new entry already
            slices.forEach((url, json) -> entries.putIfAbsent(url, new Stored(json)));
            return;
        }
        String text = new String(script, StandardCharsets.UTF_8);
        String prefix = "window." + GLOBAL + "=";
        if (!text.startsWith(prefix) || !text.endsWith(";\n")) {
            throw new IllegalStateException("not a search index Kring wrote: " + lang);
        }
        try {
            Map<String, Object> index = JSON.std.mapFrom(text.substring(prefix.length(), text.length() - 2));
            for (Object o : (List<?>) index.get("docs")) {
                Map<?, ?> d = (Map<?, ?>) o;
                Entry e = new Entry((String) d.get("t"), (String) d.get("k"), (String) d.get("u"), (String) d.get("x"),
                        (String) d.get("l"));
                if (!entries.containsKey(e.url())) { // a page rendered by this build has its new entry already
                    entries.put(e.url(), new Stored(e));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Each entry of a script {@link #script} wrote, by its page's link, as the bytes it has there (which are what
     * the entry gives again): found without decoding the texts, tens of megabytes on a large site. Null when the
     * script is not laid out as {@link #script} lays it out, or a link has an escape; then it is decoded.
     */
    static Map<String, byte[]> slices(byte[] script, byte[] head) {
        byte[] tail = TAIL;
        int n = script.length - tail.length;
        if (n < head.length || !java.util.Arrays.equals(script, 0, head.length, head, 0, head.length)
                || !java.util.Arrays.equals(script, n, script.length, tail, 0, tail.length)) {
            return null;
        }
        Map<String, byte[]> out = new LinkedHashMap<>();
        int at = head.length;
        while (at < n) {
            if (script[at] != '{') {
                return null;
            }
            int start = at++;
            String url = null;
            while (true) {
                int keyEnd = stringEnd(script, at, n);
                if (keyEnd < 0 || keyEnd + 1 >= n || script[keyEnd + 1] != ':') {
                    return null;
                }
                boolean isUrl = keyEnd - at == 2 && script[at + 1] == 'u';
                int valueEnd = stringEnd(script, keyEnd + 2, n);
                if (valueEnd < 0 || valueEnd + 1 >= n) {
                    return null;
                }
                if (isUrl) {
                    url = new String(script, keyEnd + 3, valueEnd - keyEnd - 3, StandardCharsets.UTF_8);
                    if (url.indexOf('\\') >= 0) {
                        return null;
                    }
                }
                at = valueEnd + 1;
                if (script[at] == '}') {
                    break;
                } else if (script[at] != ',') {
                    return null;
                }
                at++;
            }
            at++;
            if (url == null || out.put(url, java.util.Arrays.copyOfRange(script, start, at)) != null) {
                return null;
            }
            if (at < n) {
                if (script[at] != ',') {
                    return null;
                }
                at++;
            }
        }
        return out;
    }

    /** The index of the quote that ends the JSON string starting at {@code at}, or -1. */
    private static int stringEnd(byte[] b, int at, int limit) {
        if (at >= limit || b[at] != '"') {
            return -1;
        }
        for (int i = at + 1; i < limit; i++) {
            if (b[i] == '\\') {
                i++;
            } else if (b[i] == '"') {
                return i;
            }
        }
        return -1;
    }

    /** An empty index, to fill with every page of a full render. */
    SearchIndex cleared() {
        byLanguage.clear();
        return this;
    }

    /** Adds a page, or replaces what an earlier render of it said. */
    void put(String lang, Entry e) {
        byLanguage.computeIfAbsent(lang, k -> new ConcurrentHashMap<>()).put(e.url(), new Stored(e));
    }

    boolean has(String lang) {
        return byLanguage.containsKey(lang) || previous != null;
    }

    /**
     * The script of one language's index, one assignment of a JSON object, with the pages of {@code files} (the
     * pages the language has now, in the site's order; a page removed since an earlier render is left out).
     */
    byte[] script(String lang, List<String> files) {
        readPrevious(lang);
        Map<String, Stored> entries = byLanguage.getOrDefault(lang, Map.of());
        // One array of the script's exact size: a large site's index is megabytes, and the copies a builder,
        // its string and their encoding would make each went into the old generation.
        byte[] head = head(lang);
        byte[] tail = TAIL;
        List<byte[]> parts = new java.util.ArrayList<>(files.size());
        int size = head.length + tail.length;
        for (String file : files) {
            Stored e = entries.get(file);
            if (e != null) {
                size += e.json().length + (parts.isEmpty() ? 0 : 1);
                parts.add(e.json());
            }
        }
        byte[] out = new byte[size];
        System.arraycopy(head, 0, out, 0, head.length);
        int at = head.length;
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                out[at++] = ',';
            }
            byte[] p = parts.get(i);
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        System.arraycopy(tail, 0, out, at, tail.length);
        return out;
    }

    private static final byte[] TAIL = "]};\n".getBytes(StandardCharsets.UTF_8);

    static byte[] head(String lang) {
        return ("window." + GLOBAL + "={\"lang\":" + json(lang) + ",\"docs\":[").getBytes(StandardCharsets.UTF_8);
    }

    /** An entry as its JSON object, made when the entry is put, by the thread that rendered its page. */
    private static String json(Entry e) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("t", e.title());
        d.put("k", e.kind());
        d.put("u", e.url());
        d.put("x", e.text());
        if (e.textLang() != null) {
            d.put("l", e.textLang());
        }
        return json(d);
    }

    private static String json(Object value) {
        try {
            return JSON.std.asString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An entry as its JSON in UTF-8, all the index keeps of it: a language's index is the entries joined, none
     * encoded twice, and the text is held once (a large site's entries are tens of megabytes).
     */
    private record Stored(byte[] json) {
        Stored(Entry entry) {
            // U+2028 and U+2029 end a line in older script engines, inside a string too.
            this(SearchIndex.json(entry).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The words of a rendered page a reader would search (see {@link SearchText}). */
    static String text(String html) {
        return SearchText.of(html);
    }

}

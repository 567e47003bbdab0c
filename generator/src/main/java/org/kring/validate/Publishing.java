package org.kring.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.kring.Problems;
import org.kring.model.Asset;
import org.kring.model.Located;

/**
 * Which files under content/ (other than Markdown) go into the site. A curriculum folder holds more than what
 * it publishes: a course's participants list, a spreadsheet of sites, a draft in Word. So a file is published
 * only when a page of the site links it or shows it, or when it lies in a folder site.yml declares
 * ({@code assets: [downloads]}). Everything else is left out with a warning naming it, so nobody is surprised
 * either way. Files that usually hold people's data or unfinished work are published only from a declared
 * folder, even when a page links them: the link is an error that says how to declare one.
 */
final class Publishing {
    /** Kinds of files that usually hold people's data, drafts or secrets, by extension, in words for messages. */
    private static final Map<String, String> PRIVATE = privateKinds();

    private final List<String> declared;

    /** @param declared the folders site.yml declares, as paths from content/ ({@code downloads}) */
    Publishing(Collection<Located<String>> declared) {
        List<String> folders = new ArrayList<>();
        for (Located<String> d : declared) {
            folders.add(d.value() + "/");
        }
        this.declared = List.copyOf(folders);
    }

    /** Whether {@code sitePath} (a path from content/) lies in a declared folder. */
    boolean declared(String sitePath) {
        for (String folder : declared) {
            if (sitePath.startsWith(folder)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why a page may not link {@code sitePath}, or null when it may: a file of a kind that usually holds
     * people's data or drafts, outside the declared folders.
     */
    String refusal(String sitePath) {
        String kind = privateKind(sitePath);
        if (kind == null || declared(sitePath)) {
            return null;
        }
        String ext = sitePath.substring(sitePath.lastIndexOf('.'));
        return "content/" + sitePath + " is " + kind + ", which often holds people's names and contact details or "
                + "unfinished work, so Kring publishes " + ext + " files only from a folder declared in site.yml; to "
                + "publish it on purpose, put it in a folder of its own such as content/downloads/ and add "
                + "'assets: [downloads]' to site.yml";
    }

    /**
     * The files the site publishes, in the order given: those a page uses ({@code used}, paths from content/) or
     * that lie in a declared folder. When {@code complete} (every language of the site was loaded, so every page
     * that could use a file was seen), each other file gets a warning naming it.
     */
    List<Asset> published(List<Asset> all, Set<String> used, boolean complete, Problems problems) {
        List<Asset> out = new ArrayList<>();
        for (Asset a : all) {
            if (declared(a.sitePath()) || used.contains(a.sitePath()) && refusal(a.sitePath()) == null) {
                out.add(a);
            } else if (complete && !used.contains(a.sitePath())) {
                problems.warning("content/" + a.sitePath(), 0,
                        "not published: no page uses it and it is not in a declared assets folder");
            }
        }
        return List.copyOf(out);
    }

    /** "a spreadsheet (.xlsx)" for a file of a private kind, else null. */
    static String privateKind(String path) {
        int dot = path.lastIndexOf('.');
        int slash = path.lastIndexOf('/');
        if (dot <= slash + 1) {
            return null;
        }
        String ext = path.substring(dot + 1).toLowerCase(Locale.ROOT);
        String kind = PRIVATE.get(ext);
        return kind == null ? null : kind + " (." + ext + ")";
    }

    private static Map<String, String> privateKinds() {
        Map<String, String> m = new java.util.HashMap<>();
        for (String e : List.of("csv", "tsv", "xls", "xlsx", "xlsm", "xlsb", "ods", "numbers")) {
            m.put(e, "a spreadsheet or data export");
        }
        for (String e : List.of("doc", "docx", "docm", "odt", "rtf", "pages", "ppt", "pptx", "odp")) {
            m.put(e, "an office document");
        }
        for (String e : List.of("db", "sqlite", "sqlite3", "mdb", "accdb", "sql", "dump", "bak")) {
            m.put(e, "a database or backup");
        }
        for (String e : List.of("vcf", "eml", "msg", "mbox", "pst", "ics")) {
            m.put(e, "an address book, calendar or mail file");
        }
        for (String e : List.of("pem", "key", "p12", "pfx", "kdbx", "env", "log")) {
            m.put(e, "a key, password store or log");
        }
        return Map.copyOf(m);
    }
}

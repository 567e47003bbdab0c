package org.kring.load;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.kring.Problems;
import org.kring.model.Language;
import org.kring.model.Licence;
import org.kring.model.Located;
import org.kring.model.Ref;
import org.kring.model.SiteConfig;
import org.kring.model.SourceFile;
import org.kring.model.TextDirection;

/** Reads site.yml into a {@link SiteConfig}, reporting every mistake with its line. */
public final class SiteConfigReader {
    static final List<String> KEYS = List.of("title", "base_url", "source_language", "languages", "navigation",
            "pdf", "courses", "assets", "logo", "licence", "license", "edition", "reviewed");
    static final List<String> LANGUAGE_KEYS = List.of("code", "name", "dir", "fallback", "locale");
    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    /** Scripts written right to left, so {@code dir} can be left out for them. */
    private static final Set<String> RTL = Set.of("ar", "fa", "prs", "ps", "ur", "he", "yi", "dv", "ckb", "sd", "ug");

    private SiteConfigReader() {
    }

    /** Whether {@code code} is a language code site.yml accepts: a BCP 47 tag such as nl, nl-SR or ar. */
    public static boolean isCode(String code) {
        return CODE.matcher(code).matches();
    }

    /**
     * The direction a language has when site.yml does not say: right to left for the languages listed above
     * (unless the code names another script, as in ug-Cyrl), and for any language whose script, stated (pa-Arab)
     * or the one CLDR finds most likely (ks, syr), is written right to left.
     */
    public static TextDirection defaultDirection(String code) {
        boolean listed = RTL.contains(code.split("-")[0]) && !hasScript(code);
        return listed || org.kring.i18n.LanguageFacts.rightToLeft(code) ? TextDirection.RTL : TextDirection.LTR;
    }

    private static boolean hasScript(String code) {
        return code.matches("[a-z]{2,3}-[A-Za-z]{4}(-.*)?");
    }

    public static SiteConfig read(SourceFile file, Problems problems) {
        YamlMap yaml = YamlMap.parse(file, file.text(), 0, problems);
        if (yaml == null) {
            return null;
        }
        yaml.allowOnly(KEYS, "site.yml");
        String title = yaml.string("title", true);
        String baseUrl = normaliseBaseUrl(yaml, problems);
        String source = yaml.string("source_language", false);
        List<YamlMap> langMaps = yaml.maps("languages", true);
        List<RawLanguage> raw = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        if (langMaps != null) {
            for (YamlMap m : langMaps) {
                m.allowOnly(LANGUAGE_KEYS, "a language");
                String code = m.string("code", true);
                String name = m.string("name", true);
                if (code == null) {
                    continue;
                }
                if (!isCode(code)) {
                    problems.error(file.name(), m.line("code"), "language code '" + code
                            + "' is not a BCP 47 tag such as 'nl', 'nl-SR' or 'ar'");
                    continue;
                }
                if (!codes.add(code)) {
                    problems.error(file.name(), m.line("code"), "language '" + code + "' is listed twice");
                    continue;
                }
                TextDirection dir = null;
                String d = m.string("dir", false);
                if (d != null) {
                    switch (d) {
                        case "ltr" -> dir = TextDirection.LTR;
                        case "rtl" -> dir = TextDirection.RTL;
                        default -> problems.error(file.name(), m.line("dir"), "'dir' must be ltr or rtl, not '" + d + "'");
                    }
                }
                if (dir == null) {
                    dir = defaultDirection(code);
                }
                List<Located<String>> fallback = m.locatedStrings("fallback", false);
                raw.add(new RawLanguage(code, name == null ? code : name, dir,
                        fallback == null ? List.of() : fallback, m.line(), locale(m, file, problems)));
            }
        }
        if (source == null && !raw.isEmpty()) {
            source = raw.get(0).code;
        }
        if (source != null && !codes.isEmpty() && !codes.contains(source)) {
            problems.error(file.name(), yaml.line("source_language"), "source_language '" + source
                    + "' is not one of the languages" + Suggestions.didYouMean(source, codes));
        }
        List<Language> languages = new ArrayList<>();
        for (RawLanguage r : raw) {
            languages.add(new Language(r.code, r.name, r.dir, chain(r, raw, codes, source, file, problems), r.locale));
        }
        List<Located<Ref>> nav = new ArrayList<>();
        List<Located<String>> navItems = yaml.locatedStrings("navigation", false);
        if (navItems != null) {
            for (Located<String> item : navItems) {
                Ref ref = Ref.parse(item.value());
                if (ref == null) {
                    problems.error(file.name(), item.line(), item.column(), "navigation item '" + item.value()
                            + "' must be a content link such as programme:pregnancy, page:about or page:topics");
                } else {
                    nav.add(new Located<>(ref, item.line(), item.column()));
                }
            }
        }
        String paper = "A4";
        List<org.kring.model.PrintFont> fonts = new ArrayList<>();
        YamlMap pdf = yaml.map("pdf");
        if (pdf != null) {
            pdf.allowOnly(List.of("paper", "fonts"), "pdf");
            List<YamlMap> fontMaps = pdf.maps("fonts", false);
            for (YamlMap f : fontMaps == null ? List.<YamlMap>of() : fontMaps) {
                org.kring.model.PrintFont font = font(f, file, problems);
                if (font != null) {
                    fonts.add(font);
                }
            }
            String p = pdf.string("paper", false);
            if (p != null) {
                if (p.equalsIgnoreCase("A4")) {
                    paper = "A4";
                } else if (p.equalsIgnoreCase("letter")) {
                    paper = "letter";
                } else {
                    problems.error(file.name(), pdf.line("paper"), "'paper' must be A4 or letter, not '" + p + "'");
                }
            }
        }
        int stretch = SiteConfig.DEFAULT_LONGEST_STRETCH;
        YamlMap courses = yaml.map("courses");
        if (courses != null) {
            courses.allowOnly(List.of("longest_stretch"), "courses");
            Integer s = courses.integer("longest_stretch", false, 15, 24 * 60);
            if (s != null) {
                stretch = s;
            }
        }
        // Where the picture is, and whether it is one, is the validator's: it knows the content's files.
        Located<String> logo = yaml.locatedString("logo", false);
        return new SiteConfig(title == null ? "" : title, baseUrl, source, List.copyOf(languages), List.copyOf(nav),
                paper, stretch, assetFolders(yaml, problems), List.copyOf(fonts), logo, licence(yaml),
                yaml.string("edition", false), reviewed(yaml), file);
    }

    /** A language's {@code locale}, for its dates: null when not given or not one ICU can write dates for. */
    private static String locale(YamlMap m, SourceFile file, Problems problems) {
        Located<String> locale = m.locatedString("locale", false);
        if (locale == null) {
            return null;
        }
        String why = org.kring.i18n.Dates.localeProblem(locale.value().strip());
        if (why != null) {
            problems.error(file.name(), locale.line(), locale.column(), "locale " + why);
            return null;
        }
        return locale.value().strip();
    }

    /**
     * A font the site adds: {@code regular} (and {@code bold}) files inside the site folder, each a TrueType or
     * OpenType font, and the languages it prints first.
     */
    private static org.kring.model.PrintFont font(YamlMap f, SourceFile file, Problems problems) {
        f.allowOnly(List.of("regular", "bold", "languages"), "a font");
        java.nio.file.Path root = file.path().toAbsolutePath().getParent();
        java.nio.file.Path[] faces = new java.nio.file.Path[2];
        String[] keys = {"regular", "bold"};
        for (int i = 0; i < 2; i++) {
            String name = f.string(keys[i], i == 0);
            if (name == null) {
                continue;
            }
            java.nio.file.Path p = root.resolve(name).normalize();
            String why = !p.startsWith(root) ? "is outside the site folder"
                    : !java.nio.file.Files.isRegularFile(p) ? "does not exist" : fontProblem(p);
            if (why != null) {
                problems.error(file.name(), f.line(keys[i]), "font '" + name + "' " + why);
                return null;
            }
            faces[i] = p;
        }
        if (faces[0] == null) {
            return null;
        }
        List<String> langs = f.strings("languages", false);
        return new org.kring.model.PrintFont(faces[0], faces[1], langs == null ? List.of() : List.copyOf(langs),
                f.line());
    }

    /** Null when the file is a font the PDFs can use, else why not. */
    private static String fontProblem(java.nio.file.Path p) {
        try (org.apache.fontbox.ttf.TrueTypeFont ttf = new org.apache.fontbox.ttf.OTFParser()
                .parse(new org.apache.pdfbox.io.RandomAccessReadBufferedFile(p.toFile()))) {
            return ttf.getUnicodeCmapLookup() == null ? "has no Unicode character map" : null;
        } catch (java.io.IOException | RuntimeException e) {
            return "is not a TrueType or OpenType font (" + e.getMessage() + ")";
        }
    }

    /**
     * {@code licence: {name, url}}; {@code license:} is the same setting in American spelling, since teams write
     * both, but one file may not hold two that could disagree.
     */
    private static Licence licence(YamlMap yaml) {
        String key = yaml.has("license") && !yaml.has("licence") ? "license" : "licence";
        if (yaml.has("licence") && yaml.has("license")) {
            yaml.problems().error(yaml.file().name(), yaml.line("license"), yaml.column("license"),
                    "'licence' and 'license' are the same setting, spelt two ways: keep one");
        }
        YamlMap m = yaml.map(key);
        if (m == null) {
            return null;
        }
        m.allowOnly(List.of("name", "url"), key);
        for (String part : List.of("name", "url")) {
            if (!m.has(part)) {
                yaml.problems().error(yaml.file().name(), yaml.line(key), yaml.column(key), key + " has no '" + part
                        + "': give both, such as name: CC BY-SA 4.0 and url: "
                        + "https://creativecommons.org/licenses/by-sa/4.0/");
            }
        }
        String name = m.string("name", false);
        Located<String> url = m.locatedString("url", false);
        if (url != null && !isWebAddress(url.value())) {
            yaml.problems().error(yaml.file().name(), url.line(), url.column(), key + " url must be an absolute "
                    + "address starting with https:// or http://, such as "
                    + "https://creativecommons.org/licenses/by-sa/4.0/, not '" + url.value() + "'");
            return null;
        }
        return name == null || url == null ? null : new Licence(name, url.value());
    }

    /** An address a reader can follow from a page or a printed sheet: http(s), with a host. */
    private static boolean isWebAddress(String url) {
        try {
            java.net.URI uri = new java.net.URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
                    && !uri.getHost().isEmpty();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static LocalDate reviewed(YamlMap yaml) {
        Located<String> v = yaml.locatedString("reviewed", false);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v.value());
        } catch (DateTimeParseException e) {
            yaml.problems().error(yaml.file().name(), v.line(), v.column(), "'reviewed' must be a date like "
                    + "2026-03-12 (year-month-day), not '" + v.value() + "'");
            return null;
        }
    }

    private static String normaliseBaseUrl(YamlMap yaml, Problems problems) {
        Located<String> url = yaml.locatedString("base_url", false);
        if (url == null) {
            return "";
        }
        String u = url.value();
        if (!u.startsWith("https://") && !u.startsWith("http://")) {
            problems.error(yaml.file().name(), url.line(), url.column(),
                    "base_url must start with https:// or http://, not '" + u + "'");
            return "";
        }
        return u.endsWith("/") ? u : u + "/";
    }

    /**
     * The full fallback chain: the listed fallbacks (or, for a regional variant like nl-SR, its base
     * language nl), each followed by its own fallbacks, always ending with the source language.
     */
    private static List<String> chain(RawLanguage lang, List<RawLanguage> all, Set<String> codes, String source,
            SourceFile file, Problems problems) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (Located<String> f : lang.fallback) {
            if (!codes.contains(f.value())) {
                problems.error(file.name(), f.line(), f.column(), "fallback language '" + f.value()
                        + "' is not one of the languages" + Suggestions.didYouMean(f.value(), codes));
            }
        }
        expand(lang, all, codes, out, new LinkedHashSet<>());
        out.remove(lang.code);
        if (source != null && !lang.code.equals(source)) {
            out.remove(source);
            out.add(source);
        }
        return List.copyOf(out);
    }

    private static void expand(RawLanguage lang, List<RawLanguage> all, Set<String> codes, Set<String> out,
            Set<String> visiting) {
        if (!visiting.add(lang.code)) {
            return;
        }
        List<String> direct = new ArrayList<>();
        for (Located<String> f : lang.fallback) {
            direct.add(f.value());
        }
        if (direct.isEmpty() && lang.code.contains("-")) {
            String base = lang.code.substring(0, lang.code.indexOf('-')).toLowerCase(Locale.ROOT);
            if (codes.contains(base)) {
                direct.add(base);
            }
        }
        for (String d : direct) {
            if (!codes.contains(d)) {
                continue;
            }
            out.add(d);
            for (RawLanguage r : all) {
                if (r.code.equals(d)) {
                    expand(r, all, codes, out, visiting);
                }
            }
        }
    }

    private record RawLanguage(String code, String name, TextDirection dir, List<Located<String>> fallback, int line,
            String locale) {
    }

    /**
     * The folders under content/ published whole ({@code assets: [downloads]}), as paths from content/ without a
     * trailing slash. Each must name a folder inside content/: not content/ itself (that would publish every
     * spreadsheet beside the pages, which is what declaring folders prevents), not a hidden one.
     */
    private static List<Located<String>> assetFolders(YamlMap yaml, Problems problems) {
        List<Located<String>> items = yaml.locatedStrings("assets", false);
        if (items == null) {
            return List.of();
        }
        List<Located<String>> out = new ArrayList<>();
        for (Located<String> item : items) {
            String raw = item.value().replace('\\', '/');
            boolean absolute = raw.startsWith("/") || raw.matches("^[A-Za-z]:.*");
            String folder = String.join("/", java.util.Arrays.stream(raw.split("/"))
                    .filter(part -> !part.isEmpty() && !part.equals(".")).toList());
            String problem = null;
            if (absolute) {
                problem = "'" + item.value() + "' is not a folder under content/; name one such as downloads (a path "
                        + "from content/)";
            } else if (folder.isEmpty() || folder.equals("content")) {
                problem = "name a folder under content/, such as downloads; content/ as a whole cannot be declared, "
                        + "so that no spreadsheet or document beside the pages is published by mistake";
            } else if (folder.startsWith("content/")) {
                problem = "folders are named from content/: write '" + folder.substring("content/".length()) + "'";
            } else if (java.util.Arrays.asList(folder.split("/")).contains("..")) {
                problem = "'" + item.value() + "' is not a folder under content/; name one such as downloads (a path "
                        + "from content/, without '..')";
            } else if (java.util.Arrays.stream(folder.split("/")).anyMatch(part -> part.startsWith("."))) {
                problem = "'" + item.value() + "' is a hidden folder; Kring never publishes hidden files";
            }
            if (problem != null) {
                problems.error(yaml.file().name(), item.line(), item.column(), "assets: " + problem);
            } else {
                out.add(new Located<>(folder, item.line(), item.column()));
            }
        }
        return List.copyOf(out);
    }
}

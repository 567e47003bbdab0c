package org.kring.translate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;

import org.kring.ContentException;
import org.kring.Problem;
import org.kring.Problems;
import org.kring.i18n.LanguageFacts;
import org.kring.load.InputFiles;
import org.kring.load.SiteConfigReader;
import org.kring.load.Suggestions;
import org.kring.model.Language;
import org.kring.model.SiteConfig;
import org.kring.model.SourceFile;
import org.kring.model.TextDirection;

/**
 * {@code kring translate add}: puts a new language in site.yml and starts its {@code translations/<code>/}
 * folder, so a country team can begin with status and export. Everything is decided and checked before the
 * first byte is written: site.yml is changed as text (see {@link SiteYmlEdit}), read back as the build would
 * read it, and written only when it still means what it meant plus the new language.
 */
public final class LanguageAdder {
    private LanguageAdder() {
    }

    /**
     * What the team asked for; null name, direction or fallback mean "what CLDR and the site suggest".
     */
    public record Request(String code, String name, TextDirection dir, List<String> fallback) {
    }

    /**
     * What was done.
     *
     * @param language  the new language as the build reads it from site.yml (its full fallback chain included)
     * @param uiFile    translations/&lt;code&gt;/ui.yml
     * @param uiCreated false when the team already had a ui.yml there (kept as it was)
     * @param named     false when CLDR has no name for the language, so the code stands in until --name
     */
    public record Added(Language language, Path uiFile, boolean uiCreated, boolean named,
            List<LanguageFacts.PluralCategory> plurals) {
    }

    /** The command's arguments are at fault, not the site: wrong usage. */
    public static final class WrongArgument extends RuntimeException {
        private final transient Problem problem;

        WrongArgument(Problem problem) {
            super(problem.message());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    public static Added add(Path site, Request request) {
        String code = canonical(request.code());
        Path siteYml = site.resolve("site.yml");
        Problems listing = new Problems();
        // The two places it writes: never through a link out of the site.
        InputFiles.list(site, "site.yml", listing);
        InputFiles.list(site, "translations/" + code, listing);
        listing.throwIfErrors();
        org.kring.load.ContentLoader.requireSiteYml(site);
        Problems problems = new Problems();
        SourceFile file = InputFiles.read(site, siteYml, problems);
        SiteConfig before = file == null ? null : SiteConfigReader.read(file, problems);
        problems.throwIfErrors();

        for (Language l : before.languages()) {
            if (l.code().equalsIgnoreCase(code)) {
                throw wrong("site.yml", SiteYmlEdit.lineOf(file.text(), code), "'" + l.code()
                        + "' is already a language of this site (" + l.name() + ")");
            }
        }
        List<String> codes = before.languages().stream().map(Language::code).toList();
        List<String> fallback = request.fallback() == null ? List.of() : request.fallback();
        for (String f : fallback) {
            if (f.equalsIgnoreCase(code)) {
                throw wrong("", 0, "--fallback: a language cannot fall back to itself");
            }
            if (!codes.contains(f)) {
                throw wrong("", 0, "--fallback: '" + f + "' is not a language of this site; it has "
                        + String.join(", ", codes) + Suggestions.didYouMean(f, codes));
            }
        }
        String ownName = LanguageFacts.ownName(code);
        String name = request.name() != null ? request.name().strip() : ownName != null ? ownName : code;
        if (name.isEmpty()) {
            throw wrong("", 0, "--name: the language's name is empty");
        }
        TextDirection dir = request.dir() != null ? request.dir() : SiteConfigReader.defaultDirection(code);
        // Whoever reads site.yml sees that a language is right to left without knowing the default rule; ltr is
        // written only where it overrules that rule.
        TextDirection written = dir == TextDirection.RTL || dir != SiteConfigReader.defaultDirection(code) ? dir : null;

        String raw = rawText(siteYml);
        String edited;
        try {
            edited = SiteYmlEdit.appendLanguage(file.text(), new SiteYmlEdit.Entry(code, name, written, fallback));
        } catch (RuntimeException e) {
            edited = null;
        }
        Language added = edited == null ? null : readBack(before, edited, siteYml, code, name, dir, fallback);
        if (added == null) {
            throw new ContentException(Problem.error("site.yml", 0, "cannot add '" + code + "' without changing "
                    + "what the rest of site.yml says; add it under 'languages:' by hand (code: " + code
                    + ", name: " + name + ")"));
        }

        Path folder = site.resolve("translations").resolve(code);
        Path ui = folder.resolve("ui.yml");
        boolean uiCreated = false;
        boolean folderCreated = !Files.exists(folder);
        try {
            if (!Files.exists(ui)) {
                Files.createDirectories(folder);
                writeNew(ui, UiStarter.text(code, name));
                uiCreated = true;
            }
            replace(siteYml, keepStyle(raw, edited));
        } catch (IOException | RuntimeException e) {
            // site.yml is unchanged: take back the folder made for a language the site does not have.
            undo(uiCreated ? ui : null, folderCreated ? folder : null);
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
        return new Added(added, ui, uiCreated, ownName != null || request.name() != null,
                LanguageFacts.pluralCategories(code));
    }

    /**
     * A well-formed BCP 47 tag of the form site.yml takes, with its parts in their usual case (nl-sr is nl-SR),
     * or a wrong argument.
     */
    static String canonical(String tag) {
        String t = tag == null ? "" : tag.strip();
        boolean wellFormed;
        try {
            new Locale.Builder().setLanguageTag(t);
            wellFormed = !t.isEmpty();
        } catch (IllformedLocaleException e) {
            wellFormed = false;
        }
        StringBuilder sb = new StringBuilder();
        String[] parts = t.split("-");
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            sb.append(i == 0 ? "" : "-");
            if (i > 0 && p.length() == 4 && p.chars().allMatch(Character::isLetter)) {
                sb.append(p.substring(0, 1).toUpperCase(Locale.ROOT)).append(p.substring(1).toLowerCase(Locale.ROOT));
            } else if (i > 0 && (p.length() == 2 || p.length() == 3 && p.chars().allMatch(Character::isDigit))) {
                sb.append(p.toUpperCase(Locale.ROOT));
            } else {
                sb.append(p.toLowerCase(Locale.ROOT));
            }
        }
        String code = sb.toString();
        if (!wellFormed || !SiteConfigReader.isCode(code)) {
            String dashed = t.replace('_', '-');
            String hint = t.contains("_") && wellFormedCode(dashed) ? " (did you mean '" + canonical(dashed) + "'?)" : "";
            throw wrong("", 0, "'" + tag + "' is not a BCP 47 language tag such as 'uk', 'nl-SR' or 'sr-Latn'"
                    + hint);
        }
        knownLanguage(tag, code.split("-")[0]);
        return code;
    }

    /**
     * The language part must name a language: a country code (ua for Ukraine) or a three-letter code that has
     * a two-letter one (ukr for uk) would add a second, wrong language to the site.
     */
    private static void knownLanguage(String tag, String primary) {
        java.util.Set<String> two = java.util.Set.of(com.ibm.icu.util.ULocale.getISOLanguages());
        if (primary.length() == 3) {
            for (String l : two) {
                if (l.length() == 2 && primary.equals(new com.ibm.icu.util.ULocale(l).getISO3Language())) {
                    throw wrong("", 0, "'" + tag + "': write the two-letter code of this language (did you mean '"
                            + l + "'?)");
                }
            }
        }
        boolean named = !com.ibm.icu.util.ULocale.getDisplayLanguage(primary, com.ibm.icu.util.ULocale.ENGLISH)
                .equals(primary);
        if (two.contains(primary) || primary.length() == 3 && named) {
            return;
        }
        String likely = com.ibm.icu.util.ULocale.addLikelySubtags(new com.ibm.icu.util.ULocale("und_"
                + primary.toUpperCase(Locale.ROOT))).getLanguage();
        throw wrong("", 0, "'" + tag + "' is not a language code" + (likely.isEmpty() || likely.equals("und") ? ""
                : " ('" + primary + "' looks like a country; did you mean '" + likely + "'?)")
                + "; languages are written like 'uk', 'nl-SR' or 'prs'");
    }

    private static boolean wellFormedCode(String tag) {
        try {
            canonical(tag);
            return true;
        } catch (WrongArgument e) {
            return false;
        }
    }

    /**
     * The new language as the build will read it, or null when the edited text reads differently from the
     * original in anything but the one language added.
     */
    private static Language readBack(SiteConfig before, String edited, Path siteYml, String code, String name,
            TextDirection dir, List<String> fallback) {
        Problems problems = new Problems();
        SiteConfig after;
        try {
            after = SiteConfigReader.read(new SourceFile(siteYml, "site.yml", edited), problems);
        } catch (RuntimeException e) {
            return null;
        }
        if (after == null || problems.hasErrors() || after.languages().size() != before.languages().size() + 1) {
            return null;
        }
        List<Language> others = new ArrayList<>(after.languages());
        Language added = others.remove(others.size() - 1);
        boolean same = others.equals(before.languages()) && after.title().equals(before.title())
                && after.baseUrl().equals(before.baseUrl()) && after.sourceLanguage().equals(before.sourceLanguage())
                && after.paper().equals(before.paper()) && after.longestStretch() == before.longestStretch()
                && after.assets().stream().map(a -> a.value()).toList()
                        .equals(before.assets().stream().map(a -> a.value()).toList())
                && after.navigation().stream().map(n -> n.value()).toList()
                        .equals(before.navigation().stream().map(n -> n.value()).toList());
        List<String> chain = added.fallback();
        boolean asAsked = added.code().equals(code) && added.name().equals(name) && added.direction() == dir
                && inOrder(fallback, chain) && !chain.isEmpty()
                && chain.get(chain.size() - 1).equals(after.sourceLanguage());
        return same && asAsked ? added : null;
    }

    /** Whether the languages asked for come in the chain in the order asked (the source always comes last). */
    private static boolean inOrder(List<String> asked, List<String> chain) {
        int at = 0;
        for (String code : asked) {
            int i = chain.indexOf(code);
            if (i < at && !code.equals(chain.get(chain.size() - 1))) {
                return false;
            }
            at = Math.max(at, i);
        }
        return chain.containsAll(asked);
    }

    private static WrongArgument wrong(String file, int line, String message) {
        return new WrongArgument(Problem.error(file, line, message));
    }

    private static String rawText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The edited text with the original file's line ends and byte order mark. */
    private static String keepStyle(String raw, String edited) {
        String text = raw.contains("\r\n") ? edited.replace("\n", "\r\n") : edited;
        return raw.startsWith("\uFEFF") ? "\uFEFF" + text : text;
    }

    /** Writes a file that must not exist yet, whole or not at all. */
    private static void writeNew(Path file, String text) throws IOException {
        Path tmp = org.kring.write.AtomicWrite.tempBeside(file);
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Replaces a file in one atomic move, so a crash leaves the old site.yml or the new one, never half of
     * one, with the old file's permissions.
     */
    private static void replace(Path file, String text) throws IOException {
        Path tmp = org.kring.write.AtomicWrite.tempBeside(file);
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void undo(Path ui, Path folder) {
        try {
            if (ui != null) {
                Files.deleteIfExists(ui);
            }
            if (folder != null) {
                Files.deleteIfExists(folder);
            }
        } catch (IOException e) {
            // The original failure is what the team needs to read; an empty folder left behind is harmless.
        }
    }
}

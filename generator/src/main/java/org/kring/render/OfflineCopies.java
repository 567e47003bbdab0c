package org.kring.render;

import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kring.model.Curriculum;
import org.kring.model.Language;
import org.kring.model.Page;

/**
 * Which offline copies a site offers: one per language, and one per country whose page names two or more of the
 * site's languages (a team in the Netherlands hands out Dutch, Arabic and Tigrinya together). A country that
 * names one site language is served by that language's copy. Decided from the source-language country pages, so
 * every language's pages offer the same copies.
 */
public final class OfflineCopies {
    /** Where copies are published. */
    public static final String FOLDER = "offline/";

    /**
     * One copy.
     *
     * @param path      its file in the site ({@code offline/ar.zip}, {@code offline/countries/ghana.zip})
     * @param top       the folder it unzips into
     * @param languages the site languages whose PDFs it holds, the first is the one it opens in
     * @param country   the country page's id ({@code countries/ghana}), or null for a language's copy
     */
    public record Copy(String path, String top, List<String> languages, String country) {
    }

    private final List<Copy> copies;
    /** By country page id, the copy its page offers: its own, or the one language's it names. */
    private final java.util.Map<String, Copy> byCountry;

    private OfflineCopies(List<Copy> copies, java.util.Map<String, Copy> byCountry) {
        this.copies = List.copyOf(copies);
        this.byCountry = java.util.Map.copyOf(byCountry);
    }

    public static OfflineCopies of(Curriculum curriculum) {
        List<Copy> copies = new ArrayList<>();
        java.util.Map<String, Copy> byLanguage = new java.util.HashMap<>();
        for (Language l : curriculum.config().languages()) {
            Copy c = new Copy(FOLDER + l.code() + ".zip", l.code() + "-offline/", List.of(l.code()), null);
            copies.add(c);
            byLanguage.put(l.code(), c);
        }
        java.util.Map<String, Copy> byCountry = new java.util.HashMap<>();
        // A build of some languages may leave the source out: its country pages name the languages in English.
        List<Page> countries = curriculum.source() == null ? List.of() : curriculum.source().countries();
        for (Page country : countries) {
            List<String> codes = siteLanguages(curriculum.config().languages(), country);
            if (codes.size() >= 2) {
                String slug = country.id().substring(country.id().lastIndexOf('/') + 1);
                Copy c = new Copy(FOLDER + "countries/" + slug + ".zip", slug + "-offline/", codes, country.id());
                copies.add(c);
                byCountry.put(country.id(), c);
            } else if (codes.size() == 1) {
                byCountry.put(country.id(), byLanguage.get(codes.get(0)));
            }
        }
        return new OfflineCopies(copies, byCountry);
    }

    public List<Copy> all() {
        return copies;
    }

    /** The copy a country page offers (its own, or its one language's), or null when it names no site language. */
    public Copy ofCountry(String countryId) {
        return byCountry.get(countryId);
    }

    /** The copies made for countries. */
    public List<Copy> countries() {
        return copies.stream().filter(c -> c.country() != null).toList();
    }

    /**
     * The site's languages a country page names, in the page's order. A name matches a language by its code,
     * its name in site.yml, or its English name in CLDR ("Tigrinya" is {@code ti}). Where several site languages
     * share a name ({@code nl} and {@code nl-SR} are both "Dutch"), the one of the country itself wins
     * (Suriname's Dutch is {@code nl-SR}), else the one without a region.
     */
    static List<String> siteLanguages(List<Language> languages, Page country) {
        Set<String> codes = new LinkedHashSet<>();
        for (String name : country.languages()) {
            String want = name.strip().toLowerCase(Locale.ROOT);
            Language best = null;
            int bestRank = 0;
            for (Language l : languages) {
                ULocale locale = ULocale.forLanguageTag(l.code());
                boolean named = want.equals(l.code().toLowerCase(Locale.ROOT))
                        || want.equals(l.name().toLowerCase(Locale.ROOT))
                        || want.equals(locale.getDisplayLanguage(ULocale.ENGLISH).toLowerCase(Locale.ROOT));
                if (!named) {
                    continue;
                }
                String region = locale.getCountry();
                int rank = region.isEmpty() ? 2
                        : locale.getDisplayCountry(ULocale.ENGLISH).equalsIgnoreCase(country.title().strip()) ? 3 : 1;
                if (rank > bestRank) {
                    best = l;
                    bestRank = rank;
                }
            }
            if (best != null) {
                codes.add(best.code());
            }
        }
        return List.copyOf(codes);
    }
}

package org.kring.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The site's settings from site.yml.
 *
 * @param baseUrl    absolute URL the site is published at, ending with '/', or "" when unknown
 * @param navigation content links shown in every page's main menu
 * @param paper      the PDFs' page size: A4 or letter
 * @param longestStretch the most minutes of course teaching allowed without a break or lunch
 * @param assets     folders under content/ published whole ({@code downloads}, {@code handouts/print}), whether
 *                   a page links their files or not
 * @param fonts      fonts the site adds to its PDFs, for scripts the bundled ones do not have
 * @param logo       the site's logo, a picture's path under content/ ({@code images/logo.svg}) with its place in
 *                   site.yml, or null
 * @param licence    what readers may do with the materials, or null
 * @param edition    the edition's name as site.yml writes it ("Edition 2026"), or null
 * @param reviewed   when the whole edition was last reviewed, or null: the review date of every page that has
 *                   none of its own
 */
public record SiteConfig(String title, String baseUrl, String sourceLanguage, List<Language> languages,
        List<Located<Ref>> navigation, String paper, int longestStretch, List<Located<String>> assets,
        List<PrintFont> fonts, Located<String> logo, Licence licence, String edition, LocalDate reviewed,
        SourceFile file) {

    /** Two hours: adults learn poorly after that without a pause. */
    public static final int DEFAULT_LONGEST_STRETCH = 120;

    /** When a text was last reviewed: its own date, else the edition's; null when neither is known. */
    public LocalDate reviewed(LocalDate own) {
        return own != null ? own : reviewed;
    }

    public Language language(String code) {
        for (Language l : languages) {
            if (l.code().equals(code)) {
                return l;
            }
        }
        return null;
    }

    public Language source() {
        return language(sourceLanguage);
    }

    public SiteConfig withLanguages(List<Language> only) {
        return new SiteConfig(title, baseUrl, sourceLanguage, only, navigation, paper, longestStretch, assets, fonts,
                logo, licence, edition, reviewed, file);
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, url, sourceLanguage, languages, navigation, paper, longestStretch, assets, fonts,
                logo, licence, edition, reviewed, file);
    }
}

package org.kring.model;

import java.util.List;

/**
 * The site's settings from site.yml.
 *
 * @param baseUrl    absolute URL the site is published at, ending with '/', or "" when unknown
 * @param navigation content links shown in every page's main menu
 * @param paper      the PDFs' page size: A4 or letter
 */
public record SiteConfig(String title, String baseUrl, String sourceLanguage, List<Language> languages,
        List<Located<Ref>> navigation, String paper, SourceFile file) {

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
        return new SiteConfig(title, baseUrl, sourceLanguage, only, navigation, paper, file);
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, url, sourceLanguage, languages, navigation, paper, file);
    }
}

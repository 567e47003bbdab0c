package org.kring.model;

import java.util.List;

/**
 * The site's settings from site.yml.
 *
 * @param baseUrl    absolute URL the site is published at, ending with '/', or "" when unknown
 * @param navigation content links shown in every page's main menu
 */
public record SiteConfig(String title, String baseUrl, String sourceLanguage, List<Language> languages,
        List<Located<Ref>> navigation, SourceFile file) {

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
        return new SiteConfig(title, baseUrl, sourceLanguage, only, navigation, file);
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, url, sourceLanguage, languages, navigation, file);
    }
}

package org.kring.model;

import java.nio.file.Path;
import java.util.List;

/**
 * The whole model of a build: the settings, the content in every language, and the files copied as they
 * are. {@code root} is the site folder (the one holding site.yml). {@code unreadable} names content whose
 * file exists but could not be read (its own problem is reported): links to it are not errors too.
 * {@code contentPaths} are the content files under content/ ({@code topics/nutrition.md}), sorted: what a
 * translation team translates.
 */
public record Curriculum(Path root, SiteConfig config, List<LocalizedContent> locales, List<Asset> assets,
        java.util.Set<DocKey> unreadable, List<String> contentPaths) {

    public LocalizedContent locale(String code) {
        for (LocalizedContent l : locales) {
            if (l.code().equals(code)) {
                return l;
            }
        }
        return null;
    }

    /** By file name, the parts of translations still in the source language (see {@link Untranslated}). */
    public java.util.Map<String, Untranslated> untranslated() {
        java.util.Map<String, Untranslated> out = new java.util.HashMap<>();
        for (LocalizedContent l : locales) {
            for (Content doc : l.documents()) {
                if (doc.origin().untranslated() != null) {
                    out.put(doc.file().name(), doc.origin().untranslated());
                }
            }
        }
        return out;
    }

    public LocalizedContent source() {
        return locale(config.sourceLanguage());
    }

    /** Parses, in parallel, every body not parsed yet ({@link Markdown#later}): before a build renders every page. */
    public void parseAll() {
        java.util.Set<Markdown> bodies = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (LocalizedContent l : locales) {
            for (Content doc : l.documents()) {
                if (doc.body() != null && !doc.body().isParsed()) {
                    bodies.add(doc.body());
                }
            }
        }
        bodies.parallelStream().forEach(Markdown::root);
    }
}

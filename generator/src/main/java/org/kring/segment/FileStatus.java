package org.kring.segment;

import java.util.List;

/**
 * The translation state of one content file in one language.
 *
 * @param path           the path under content/, e.g. {@code topics/nutrition.md}
 * @param section        what it belongs to, e.g. {@code programmes/pregnancy} or {@code topics}
 * @param segments       parts to translate in the current source
 * @param changes        for each outdated part, the source text the translation was made from and the
 *                       source text now (before is null for a new part)
 * @param sourceChanged  for an adaptation: the source changed since it was adapted
 * @param recorded       false when Kring has no record of what the translation was made from
 * @param from           for a regional variant: the parent language whose translation it shows (else null)
 */
public record FileStatus(String path, String section, FileState state, int segments, int translated, int outdated,
        int missing, int wordsLeft, List<Change> changes, boolean sourceChanged, boolean recorded, String from) {

    public FileStatus(String path, String section, FileState state, int segments, int translated, int outdated,
            int missing, int wordsLeft, List<Change> changes, boolean sourceChanged, boolean recorded) {
        this(path, section, state, segments, translated, outdated, missing, wordsLeft, changes, sourceChanged,
                recorded, null);
    }

    public FileStatus inheritedFrom(String language) {
        return new FileStatus(path, section, state, segments, translated, outdated, missing, wordsLeft, changes,
                sourceChanged, recorded, language);
    }

    /** A part of the source that changed since it was translated. */
    public record Change(String key, int line, String before, String after) {
    }
}

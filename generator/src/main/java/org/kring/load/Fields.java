package org.kring.load;

import java.util.List;
import java.util.Objects;

import org.kring.model.Located;

/**
 * Typed access to front matter for one file, aware of whether the file is a source or a translation.
 * A translation gives the texts in its language; the structure (numbers, minutes, ids) always comes from
 * the source. A text the source has is required in the translation, so no English sentence slips
 * silently into a translated page; a structural value, if repeated, must match the source.
 */
final class Fields {
    /** What kind of file is read. */
    enum Mode {
        /** A file in content/. */
        SOURCE,
        /** A translation: texts only; structure from the source. */
        TRANSLATION,
        /** A local version ({@code adapted: true}): texts required, structure may differ, else the source's. */
        ADAPTATION
    }

    private final YamlMap yaml;
    private final boolean translation;
    private final Mode mode;

    Fields(YamlMap yaml, Mode mode) {
        this.yaml = yaml;
        this.mode = mode;
        this.translation = mode != Mode.SOURCE;
    }

    boolean isAdaptation() {
        return mode == Mode.ADAPTATION;
    }

    YamlMap yaml() {
        return yaml;
    }

    boolean isTranslation() {
        return translation;
    }

    /** A translated text; required in a source when {@code required}, in a translation when the source has it. */
    String text(String key, boolean required, String base) {
        if (!translation) {
            return yaml.string(key, required);
        }
        return yaml.string(key, base != null);
    }

    List<String> texts(String key, boolean required, List<String> base) {
        if (!translation) {
            List<String> v = yaml.strings(key, required);
            return v == null ? List.of() : v;
        }
        List<String> v = yaml.strings(key, base != null && !base.isEmpty());
        return v == null ? List.of() : v;
    }

    Integer number(String key, boolean required, int min, int max, Integer base) {
        if (!translation) {
            return yaml.integer(key, required, min, max);
        }
        if (mode == Mode.ADAPTATION) {
            Integer v = yaml.has(key) ? yaml.integer(key, false, min, max) : null;
            return v != null ? v : base;
        }
        if (yaml.has(key)) {
            Integer v = yaml.integer(key, false, min, max);
            if (v != null && !Objects.equals(v, base)) {
                structureDiffers(key, String.valueOf(base));
            }
        }
        return base;
    }

    List<Located<String>> ids(String key, boolean required, List<Located<String>> base) {
        if (!translation) {
            List<Located<String>> v = yaml.locatedStrings(key, required);
            return v == null ? List.of() : v;
        }
        if (mode == Mode.ADAPTATION) {
            List<Located<String>> v = yaml.has(key) ? yaml.locatedStrings(key, false) : null;
            return v != null ? v : base;
        }
        if (yaml.has(key)) {
            List<Located<String>> v = yaml.locatedStrings(key, false);
            if (v != null && !v.stream().map(Located::value).toList()
                    .equals(base.stream().map(Located::value).toList())) {
                structureDiffers(key, String.join(", ", base.stream().map(Located::value).toList()));
            }
        }
        return base;
    }

    String id(String key, boolean required, String base) {
        if (!translation) {
            return yaml.string(key, required);
        }
        if (mode == Mode.ADAPTATION) {
            String v = yaml.has(key) ? yaml.string(key, false) : null;
            return v != null ? v : base;
        }
        if (yaml.has(key)) {
            String v = yaml.string(key, false);
            if (v != null && !v.equals(base)) {
                structureDiffers(key, String.valueOf(base));
            }
        }
        return base;
    }

    void structureDiffers(String key, String sourceValue) {
        yaml.problems().error(yaml.file().name(), yaml.line(key), "'" + key
                + "' belongs to the structure and must be the same as in the source (" + sourceValue
                + "); leave it out of the translation");
    }
}

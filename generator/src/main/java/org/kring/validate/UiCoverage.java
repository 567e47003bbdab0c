package org.kring.validate;

import java.util.ArrayList;
import java.util.List;

import org.kring.Problem;
import org.kring.Problems;
import org.kring.i18n.UiTable;
import org.kring.model.Curriculum;
import org.kring.model.LocalizedContent;

/**
 * Interface strings a language does not have come from English: allowed, but a country team wants to
 * know, so each language missing some gets one warning listing them.
 */
public final class UiCoverage {
    private UiCoverage() {
    }

    public static void check(Curriculum curriculum, Problems problems) {
        String source = curriculum.config().sourceLanguage();
        for (LocalizedContent l : curriculum.locales()) {
            if (l.code().equals(source)) {
                continue;
            }
            List<UiTable> tables = l.ui().tables();
            UiTable builtin = tables.get(tables.size() - 1);
            UiTable own = tables.stream().filter(t -> t.language().equals(l.code())).findFirst().orElse(null);
            List<String> missing = new ArrayList<>();
            for (String key : builtin.keys()) {
                String from = l.ui().languageOf(key);
                if (from == null || from.equals(source) || from.equals("en") && !l.code().startsWith("en")) {
                    missing.add(key);
                }
            }
            if (!missing.isEmpty()) {
                missing.sort(null);
                String file = own != null ? own.file() : "translations/" + l.code() + "/ui.yml";
                problems.add(Problem.warning(file, 0, missing.size() + " interface strings are not translated "
                        + "and show in English: " + String.join(", ", missing.subList(0, Math.min(8, missing.size())))
                        + (missing.size() > 8 ? ", ..." : "")));
            }
        }
    }
}

package org.kring.translate;

import java.util.List;
import java.util.stream.Collectors;

import org.kring.i18n.LanguageFacts;
import org.kring.i18n.LanguageFacts.PluralCategory;

/**
 * The {@code ui.yml} a new language starts with: no strings (so every interface text falls back to English
 * until it is translated, and the build warns which ones are still English) and a header that tells the team
 * how to fill it, including the plural categories their language needs, which nobody can be expected to know.
 */
final class UiStarter {
    private UiStarter() {
    }

    static String text(String code, String name) {
        String english = LanguageFacts.englishName(code);
        String called = english.equalsIgnoreCase(name) ? name : name + ", " + english;
        List<PluralCategory> plurals = LanguageFacts.pluralCategories(code);
        StringBuilder sb = new StringBuilder();
        sb.append("# Kring's interface strings in ").append(called).append(" (").append(code).append("): menus, buttons,\n")
                .append("# headings and notices around the content. This file has none yet, so they show in English.\n")
                .append("#\n")
                .append("# To translate them, copy templates/i18n/en.yml (all of it, or a part at a time) over the {}\n")
                .append("# below and translate the text after each colon. Keep the keys before the colons, the words in\n")
                .append("# {braces} and the # in plurals as they are. Write an apostrophe as ’ (a plain ' is special in\n")
                .append("# these ICU message patterns). A string you leave out shows in English; 'kring check' counts them.\n")
                .append("#\n");
        if (plurals.size() == 1) {
            sb.append("# Plurals: ").append(english).append(" has one form for every number, so a plural needs only\n")
                    .append("# 'other': minutes: \"{n, plural, other {# ...}}\"\n");
        } else {
            sb.append("# Plurals: ").append(english).append(" needs ").append(plurals.size())
                    .append(" forms. Give a plural message all of them:\n");
            int width = plurals.stream().mapToInt(p -> p.keyword().length()).max().orElse(5);
            for (PluralCategory p : plurals) {
                sb.append("#   ").append(p.keyword()).append(" ".repeat(width - p.keyword().length() + 2))
                        .append(examples(p)).append('\n');
            }
            sb.append("# for example: minutes: \"{n, plural, ")
                    .append(plurals.stream().map(p -> p.keyword() + " {# ...}").collect(Collectors.joining(" ")))
                    .append("}\"\n");
        }
        return sb.append("\n{}\n").toString();
    }

    private static String examples(PluralCategory p) {
        if (p.examples().isEmpty()) {
            return "fractions only, such as 1.5 (but every plural message must have 'other')";
        }
        return p.examples().stream().map(String::valueOf).collect(Collectors.joining(", "))
                + (p.more() ? ", …" : "");
    }
}

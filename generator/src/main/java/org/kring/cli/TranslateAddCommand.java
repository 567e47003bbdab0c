package org.kring.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.kring.i18n.LanguageFacts;
import org.kring.model.Language;
import org.kring.model.TextDirection;
import org.kring.translate.LanguageAdder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kring translate add LANG}: a country team's first step. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Add a language to the site: a new entry in site.yml (its comments kept) and "
                + "translations/LANG/ui.yml to start from. Everything shows in the source language until translated.",
                "Exit codes: 0 added, 1 site.yml cannot be read or written, 2 wrong usage (nothing written)."})
final class TranslateAddCommand extends TranslateCommand.SiteOption implements Callable<Integer> {
    @Parameters(paramLabel = "LANG", description = "A BCP 47 language tag: uk, nl-SR, sr-Latn ...")
    String code;

    @Option(names = "--name", paramLabel = "NAME",
            description = "The language's name in itself (default: from CLDR, e.g. Українська)")
    String name;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "rtl or ltr (default: rtl for Arabic-script, Hebrew and other right-to-left scripts)")
    String dir;

    @Option(names = "--fallback", paramLabel = "LANG", split = ",",
            description = "Languages to show where a text is not translated, before the source language "
                    + "(default: a regional variant's parent, such as nl for nl-SR)")
    List<String> fallback = new ArrayList<>();

    @Override
    public Integer call() {
        TextDirection direction = null;
        if (dir != null) {
            switch (dir) {
                case "rtl" -> direction = TextDirection.RTL;
                case "ltr" -> direction = TextDirection.LTR;
                default -> {
                    return usage("error: --dir must be rtl or ltr, not '" + dir + "'");
                }
            }
        }
        LanguageAdder.Added added;
        try {
            added = LanguageAdder.add(site, new LanguageAdder.Request(code, name, direction,
                    fallback.stream().map(String::strip).filter(s -> !s.isEmpty()).toList()));
        } catch (LanguageAdder.WrongArgument e) {
            return usage(e.problem().file().isEmpty() ? "error: " + e.getMessage() : e.problem().toString());
        }
        Language l = added.language();
        String c = l.code();
        System.out.println("Added " + c + " (" + l.name() + ", " + (l.rtl() ? "right to left" : "left to right")
                + ") to site.yml; where it has no translation it shows " + String.join(", then ", l.fallback()) + ".");
        String ui = "translations/" + c + "/ui.yml";
        if (added.uiCreated()) {
            System.out.println("Created " + ui + " for the interface strings: empty, so they show in English until "
                    + "translated; its first lines say how (" + plurals(added.plurals()) + ").");
        } else {
            System.out.println("Kept the " + ui + " that was there.");
        }
        if (!added.named()) {
            System.out.println("note: CLDR has no name for '" + c + "'; site.yml calls it '" + c
                    + "' until you give its name with --name or in site.yml.");
        }
        boolean here = site.normalize().toString().isEmpty() || site.normalize().toString().equals(".");
        String at = here ? "" : " --site " + site;
        // What the import is given is a file, found from where the team is, not from the site folder.
        String po = (here ? "" : site.toString().replace('\\', '/').replaceAll("/$", "") + "/")
                + "translations/" + c + "/" + c + ".po";
        List<String[]> steps = List.of(
                new String[] {"kring translate status " + c + at, "what there is to translate"},
                new String[] {"kring translate export " + c + " --only todo" + at, "write " + po + " for translators"},
                new String[] {"kring translate import " + po + at, "take their work back in"},
                new String[] {"kring build" + at, "the site, now also in " + l.name()});
        int width = steps.stream().mapToInt(s -> s[0].length()).max().orElse(0);
        System.out.println("Next:");
        for (String[] s : steps) {
            System.out.println("  " + s[0] + " ".repeat(width - s[0].length() + 3) + s[1]);
        }
        return Main.OK;
    }

    private static String plurals(List<LanguageFacts.PluralCategory> plurals) {
        return plurals.size() == 1 ? "one plural form"
                : "plurals: " + plurals.stream().map(LanguageFacts.PluralCategory::keyword).collect(Collectors.joining(", "));
    }

    private static int usage(String line) {
        System.err.println(line);
        return Main.USAGE;
    }
}

package org.kring.render.print;

import java.util.LinkedHashSet;
import java.util.Set;

import org.kring.Problems;
import org.kring.model.Content;
import org.kring.model.Curriculum;
import org.kring.model.LocalizedContent;
import org.kring.model.SourceFile;

/**
 * Before any PDF is made: every character of every text that goes into a PDF must be in a bundled font.
 * A character none has is reported with its file, line, column and code point, instead of coming out as
 * '#' or an empty box on a printed handout.
 */
final class GlyphCheck {
    private GlyphCheck() {
    }

    static void check(Curriculum curriculum, PdfFonts fonts, Problems problems) {
        Set<SourceFile> files = new LinkedHashSet<>();
        for (LocalizedContent l : curriculum.locales()) {
            for (Content doc : l.documents()) {
                if (doc.schema().printed()) {
                    files.add(doc.file());
                }
            }
        }
        for (SourceFile f : files) {
            check(f, fonts, problems);
        }
        siteTexts(curriculum.config(), fonts, problems);
        Set<String> tablesSeen = new java.util.HashSet<>();
        for (LocalizedContent l : curriculum.locales()) {
            for (org.kring.i18n.UiTable table : l.ui().tables()) {
                if (!tablesSeen.add(table.file())) {
                    continue;
                }
                for (var e : table.strings().entrySet()) {
                    e.getValue().codePoints().filter(cp -> !fonts.canDraw(cp)).distinct().forEach(cp ->
                            problems.error(table.file(), table.lines().getOrDefault(e.getKey(), 0), String.format(
                                    "character '%s' (U+%04X, %s) in '%s' cannot be printed: no bundled font has it",
                                    new String(Character.toChars(cp)), cp, Character.getName(cp), e.getKey())));
                }
            }
        }
    }

    /** What site.yml gives every PDF to print besides the title: the edition's and the licence's names. */
    private static void siteTexts(org.kring.model.SiteConfig config, PdfFonts fonts, Problems problems) {
        java.util.List<String> texts = new java.util.ArrayList<>();
        if (config.edition() != null) {
            texts.add(config.edition());
        }
        if (config.licence() != null) {
            texts.add(config.licence().name());
        }
        String yml = config.file() == null ? "" : config.file().text();
        for (String text : texts) {
            int at = Math.max(0, yml.indexOf(text));
            int line = (int) yml.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
            int lineStart = yml.lastIndexOf('\n', at - 1) + 1;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                if (!fonts.canDraw(cp)) {
                    problems.error(config.file().name(), line, yml.codePointCount(lineStart, at + i) + 1, String.format(
                            "character '%s' (U+%04X, %s) cannot be printed: no bundled font has it",
                            new String(Character.toChars(cp)), cp, Character.getName(cp)));
                }
                i += Character.charCount(cp);
            }
        }
    }

    static void check(SourceFile file, PdfFonts fonts, Problems problems) {
        String text = file.text();
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp == '\n') {
                line++;
                column = 1;
            } else {
                if (!fonts.canDraw(cp)) {
                    problems.error(file.name(), line, column, String.format(
                            "character '%s' (U+%04X, %s) cannot be printed: no bundled font has it",
                            new String(Character.toChars(cp)), cp, Character.getName(cp)));
                }
                column++;
            }
            i += Character.charCount(cp);
        }
    }
}

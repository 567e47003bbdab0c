package org.kring.validate;

import org.kring.model.SourceFile;

/** Finds the line of a top-level front matter key, for checks that run after parsing. */
final class FrontMatterLines {
    private FrontMatterLines() {
    }

    static int of(SourceFile file, String key) {
        String text = file.text();
        int line = 1;
        int pos = 0;
        String prefix = key + ":";
        while (pos < text.length()) {
            int eol = text.indexOf('\n', pos);
            if (eol < 0) {
                eol = text.length();
            }
            if (text.startsWith(prefix, pos)) {
                return line;
            }
            if (line > 1 && text.startsWith("---", pos)) {
                break;
            }
            pos = eol + 1;
            line++;
        }
        return 1;
    }
}

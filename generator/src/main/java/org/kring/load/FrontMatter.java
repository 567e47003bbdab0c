package org.kring.load;

import org.kring.Problems;
import org.kring.model.SourceFile;

/**
 * Splits a Markdown file into its YAML front matter (between two {@code ---} lines at the top) and its
 * body, keeping track of the line where each starts so problems point at the right line.
 *
 * @param yaml           the parsed front matter
 * @param body           the Markdown after the closing {@code ---}
 * @param bodyLineOffset number of lines before the body: body line 1 is file line {@code bodyLineOffset + 1}
 */
public record FrontMatter(YamlMap yaml, String body, int bodyLineOffset) {

    /** Returns null after recording a problem when the front matter is missing, unclosed or not YAML. */
    public static FrontMatter read(SourceFile file, Problems problems) {
        String text = file.text();
        if (!text.startsWith("---\n") && !text.equals("---")) {
            problems.error(file.name(), 1, "missing front matter: the file must start with a line '---', "
                    + "then 'title: ...', then a line '---'");
            return null;
        }
        int start = 4;
        int pos = start;
        int line = 2;
        while (pos <= text.length()) {
            int eol = text.indexOf('\n', pos);
            int end = eol < 0 ? text.length() : eol;
            String l = text.substring(pos, end);
            if (l.equals("---") || l.equals("...")) {
                String yaml = text.substring(start, pos);
                YamlMap map = YamlMap.parse(file, yaml, 1, problems);
                if (map == null) {
                    return null;
                }
                String body = eol < 0 ? "" : text.substring(eol + 1);
                return new FrontMatter(map, body, line);
            }
            if (eol < 0) {
                break;
            }
            pos = eol + 1;
            line++;
        }
        problems.error(file.name(), 1, "front matter is not closed: add a line '---' after the last key");
        return null;
    }
}

package org.kring.load;

import org.kring.Problems;
import org.kring.model.SourceFile;

/**
 * Splits a Markdown file into its YAML front matter (between two {@code ---} lines at the top) and its
 * body, keeping track of the line where each starts so problems point at the right line. The one place that
 * knows where front matter ends: the loader, the segmenter and the translation workflow all split here.
 *
 * @param yaml           the parsed front matter
 * @param file           the file
 * @param bodyStart      where in the file's text the body starts: it is cut out only when asked for, as a body
 *                       the read cache knows is not parsed
 * @param bodyLineOffset number of lines before the body: body line 1 is file line {@code bodyLineOffset + 1}
 */
public record FrontMatter(YamlMap yaml, SourceFile file, int bodyStart, int bodyLineOffset) {

    /** The Markdown after the closing {@code ---}. */
    public String body() {
        return file.text().substring(bodyStart);
    }

    /**
     * Where the parts of a file are, without parsing anything.
     *
     * @param yamlStart index of the first character of the YAML (after the opening {@code ---} line)
     * @param yamlEnd   index of the closing {@code ---} line
     * @param bodyStart index of the first character of the body
     * @param bodyLine  the file line the body starts on
     */
    public record Split(int yamlStart, int yamlEnd, int bodyStart, int bodyLine) {
        public String yaml(String text) {
            return text.substring(yamlStart, yamlEnd);
        }

        public String body(String text) {
            return text.substring(bodyStart);
        }
    }

    /** Where the front matter and the body are; null when the file has no front matter or it is not closed. */
    public static Split split(String text) {
        if (!text.startsWith("---\n") && !text.equals("---")) {
            return null;
        }
        int start = 4;
        int pos = start;
        int line = 2;
        while (pos <= text.length()) {
            int eol = text.indexOf('\n', pos);
            int end = eol < 0 ? text.length() : eol;
            if (end - pos == 3 && (text.startsWith("---", pos) || text.startsWith("...", pos))) {
                return new Split(start, pos, eol < 0 ? text.length() : eol + 1, line + 1);
            }
            if (eol < 0) {
                return null;
            }
            pos = eol + 1;
            line++;
        }
        return null;
    }

    /** Returns null after recording a problem when the front matter is missing, unclosed or not YAML. */
    public static FrontMatter read(SourceFile file, Problems problems) {
        return read(file, problems, null);
    }

    /**
     * @param cache the YAML an earlier build composed of the same text, or null to compose it now. A file whose
     *              parts and nodes it knows by the file's checksum is not read for them.
     */
    static FrontMatter read(SourceFile file, Problems problems, ReadCache cache) {
        Split known = cache == null ? null : cache.split(file);
        org.yaml.snakeyaml.nodes.Node nodes = known == null ? null : cache.knownYaml(file);
        if (nodes != null) {
            YamlMap map = YamlMap.of(file, 1, problems, nodes);
            return map == null ? null : new FrontMatter(map, file, known.bodyStart(), known.bodyLine() - 1);
        }
        String text = file.text();
        if (!text.startsWith("---\n") && !text.equals("---")) {
            problems.error(file.name(), 1, "missing front matter: the file must start with a line '---', "
                    + "then 'title: ...', then a line '---'");
            return null;
        }
        Split split = split(text);
        if (split == null) {
            problems.error(file.name(), 1, "front matter is not closed: add a line '---' after the last key");
            return null;
        }
        YamlMap map = YamlMap.parse(file, split.yaml(text), 1, problems, cache);
        if (map == null) {
            return null;
        }
        if (cache != null) {
            cache.split(file, split);
        }
        return new FrontMatter(map, file, split.bodyStart(), split.bodyLine() - 1);
    }
}

package org.kring.load;

import java.util.Locale;
import java.util.regex.Pattern;

import org.kring.model.ContentPath;

/**
 * What the loader says about a file by its name alone: Markdown under a name Kring does not read, the translation
 * workflow's own files, and files beside the translations that no site shows.
 */
final class FileNames {
    /**
     * The translation workflow's own files beside a language's translations: its glossary (translate.Glossary)
     * and the exchange files {@code translate export} writes there by default.
     */
    private static final Pattern WORKFLOW = Pattern.compile("glossary\\.yml|[^/]+\\.(po|pot|xlf|xliff)",
            Pattern.CASE_INSENSITIVE);

    private FileNames() {
    }

    /**
     * Why Markdown under this name ({@code notes.MD}, {@code Notes.md}, {@code a.markdown}; a path from content/
     * or a language's folder) is not read, with the name to rename it to when there is one.
     */
    static String misnamedMarkdown(String rel) {
        String stem = rel.substring(0, rel.lastIndexOf('.'));
        String suggestion = stem.toLowerCase(Locale.ROOT) + ".md";
        String file = suggestion.substring(suggestion.lastIndexOf('/') + 1);
        return ContentPath.validSegments(suggestion)
                ? "a Markdown file's name ends in .md and is lower case, like every file and folder name of the "
                        + "curriculum; rename it to " + file
                : "a Markdown file's name ends in .md, and file and folder names are lower-case letters, digits and "
                        + "hyphens; rename it";
    }

    /** Whether a file beside a language's translations belongs to the translation workflow. */
    static boolean isWorkflowFile(String rel) {
        return WORKFLOW.matcher(rel).matches();
    }

    /** The warning for any other file beside the translations of {@code code}. */
    static String besideTranslations(String code) {
        return "not published: files beside the translations are not part of the site; a picture or a download for "
                + "one language goes under content/ (for example content/images/" + code + "/), linked from the "
                + "translation";
    }
}

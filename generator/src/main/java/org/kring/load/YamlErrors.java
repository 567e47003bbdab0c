package org.kring.load;

import org.kring.Problems;
import org.kring.model.SourceFile;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** SnakeYAML's errors as one readable problem at the line where the mistake is, not where parsing gave up. */
public final class YamlErrors {
    private YamlErrors() {
    }

    public static void report(MarkedYAMLException e, SourceFile file, int lineOffset, Problems problems) {
        Mark problem = e.getProblemMark();
        Mark context = e.getContextMark();
        String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
        // An unclosed quote or bracket is only noticed at the end of the text; the mistake is where it opened.
        Mark at = problem;
        boolean unclosed = e.getContext() != null && e.getContext().startsWith("while parsing a flow")
                && problem != null && context != null && problem.getLine() != context.getLine();
        if (context != null && (problem == null || what.contains("end of stream")
                || what.contains("could not find expected") || unclosed)) {
            at = context;
        }
        if (e instanceof YamlNodes.LimitException) {
            int line = problem == null ? lineOffset + 1 : lineOffset + problem.getLine() + 1;
            problems.error(file.name(), line, problem == null ? 0 : problem.getColumn() + 1, what);
            return;
        }
        String message = "invalid YAML: " + what;
        if (e.getContext() != null && at == problem && context != null && context.getLine() != problem.getLine()) {
            message += " (" + e.getContext() + " on line " + (lineOffset + context.getLine() + 1) + ")";
        } else if (e.getContext() != null && at == context) {
            message = "invalid YAML: " + e.getContext() + " that is never closed (" + what + ")";
        }
        int line = at == null ? lineOffset + 1 : lineOffset + at.getLine() + 1;
        int column = at == null ? 0 : at.getColumn() + 1;
        problems.error(file.name(), line, column, message);
    }
}

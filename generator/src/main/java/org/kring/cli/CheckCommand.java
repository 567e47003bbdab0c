package org.kring.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.kring.Json;
import org.kring.BuildOptions;
import org.kring.Kring;
import org.kring.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks everything a build checks, writes nothing. For editors and CI.",
        footer = {"", "Exit codes: 0 no errors, 1 errors (or warnings with --strict), 2 wrong usage."})
final class CheckCommand implements Callable<Integer> {

    @Option(names = "--site", paramLabel = "DIR", description = "The site folder, with site.yml (default: .)")
    Path site = Path.of(".");

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json")
    String format = "text";

    @Option(names = "--strict", description = "Warnings count as errors")
    boolean strict;

    @Option(names = "--no-pdf", description = "Skip the check that every printed character has a font")
    boolean noPdf;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--format must be text or json");
        }
        List<Problem> problems = Kring.check(new BuildOptions(site, null, List.of(), null, !noPdf, null));
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        if (format.equals("json")) {
            System.out.println(json(problems, errors, warnings));
        } else {
            print(problems);
        }
        return errors > 0 || strict && warnings > 0 ? Main.CONTENT_ERRORS : Main.OK;
    }

    /** The problems one per line, then how many there are: what check prints, and import after it. */
    static void print(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        for (Problem p : problems) {
            System.out.println(p);
        }
        System.out.println(errors == 0 && warnings == 0 ? "No problems found."
                : errors + (errors == 1 ? " error" : " errors") + ", " + warnings
                        + (warnings == 1 ? " warning" : " warnings") + ".");
    }

    static String json(List<Problem> problems, long errors, long warnings) {
        StringBuilder sb = new StringBuilder("{\"errors\":").append(errors).append(",\"warnings\":").append(warnings)
                .append(",\"problems\":[");
        boolean first = true;
        for (Problem p : problems) {
            sb.append(first ? "" : ",").append("{\"file\":").append(Json.quote(p.file())).append(",\"line\":").append(p.line())
                    .append(",\"column\":").append(p.column()).append(",\"severity\":").append(Json.quote(p.severity().label()))
                    .append(",\"message\":").append(Json.quote(p.message())).append('}');
            first = false;
        }
        return sb.append("]}").toString();
    }
}

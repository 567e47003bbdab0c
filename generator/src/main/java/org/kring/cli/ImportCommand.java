package org.kring.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.kring.BuildOptions;
import org.kring.Kring;
import org.kring.Problem;
import org.kring.importer.ImportException;
import org.kring.importer.SiteImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Brings existing materials into content/: a Carpentries lesson as a programme with a session "
                + "guide per episode, or a folder of Markdown as pages. Never overwrites a file; ends with the "
                + "checks of kring check.",
        footer = {"", "Example: kring import ../my-lesson --programme meetings",
                "         kring import ../old-docs --dry-run",
                "", "Exit codes: 0 imported (check's problems are printed, for you to fix), 1 nothing imported, "
                        + "2 wrong usage."})
final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder to import")
    Path from;

    @Option(names = "--site", paramLabel = "DIR", description = "The site folder, with site.yml (default: .)")
    Path site = Path.of(".");

    @Option(names = "--programme", paramLabel = "ID", description = "A Carpentries lesson's programme id "
            + "(default: from the lesson's title)")
    String programme;

    @Option(names = "--dry-run", description = "List what would be written, write nothing")
    boolean dryRun;

    @Override
    public Integer call() {
        SiteImport.Outcome o;
        try {
            o = SiteImport.run(from, site, programme, dryRun);
        } catch (ImportException e) {
            System.err.println("error: " + e.getMessage());
            return Main.CONTENT_ERRORS;
        } catch (java.nio.charset.CharacterCodingException e) {
            System.err.println("error: a file in " + from + " is not UTF-8 text; save it as UTF-8 and import again");
            return Main.CONTENT_ERRORS;
        } catch (IOException e) {
            // Reading stops before anything is written, and writing only starts when every file could be read.
            System.err.println("error: " + org.kring.write.Failures.reason(e));
            return Main.CONTENT_ERRORS;
        }
        for (String f : o.written()) {
            System.out.println((dryRun ? "would write " : "wrote ") + f);
        }
        for (String n : o.notes()) {
            System.out.println("note: " + n);
        }
        System.out.println((dryRun ? "Would import " : "Imported ") + o.written().size()
                + (o.written().size() == 1 ? " file" : " files") + " from " + o.format() + (dryRun ? "; nothing was written." : "."));
        if (dryRun) {
            return Main.OK;
        }
        List<Problem> problems;
        try {
            problems = Kring.check(new BuildOptions(site, null, List.of(), null, true, null));
        } catch (org.kring.ContentException e) {
            // The site could not be read as a whole (site.yml, say): the import stands, the problems are shown.
            problems = e.problems();
        }
        CheckCommand.print(problems);
        return Main.OK;
    }
}

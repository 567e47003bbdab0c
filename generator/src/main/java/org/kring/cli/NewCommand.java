package org.kring.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.kring.ContentException;
import org.kring.Problem;
import org.kring.scaffold.Scaffold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Creates a new session, topic, recommendation or page with all its front matter.",
        footer = {"", "Example: kring new topic \"Sleep and crying\"",
                "         kring new session \"Back to work\" --programme parenting"})
final class NewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "KIND", description = "session, topic, recommendation or page")
    String kind;

    @Parameters(index = "1", paramLabel = "TITLE", description = "The title, in quotes")
    String title;

    @Option(names = "--programme", paramLabel = "ID", description = "The programme of a new session")
    String programme;

    @Option(names = "--site", paramLabel = "DIR", description = "The site folder, with site.yml (default: .)")
    Path site = Path.of(".");

    @Override
    public Integer call() throws IOException {
        Scaffold scaffold = new Scaffold(site);
        Scaffold.Result r = switch (kind) {
            case "session" -> scaffold.session(title, programme);
            case "topic" -> scaffold.topic(title);
            case "recommendation" -> scaffold.recommendation(title);
            case "page" -> scaffold.page(title);
            default -> throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "KIND must be session, topic, recommendation or page, not '" + kind + "'");
        };
        if (Files.exists(r.file())) {
            throw new ContentException(Problem.error(site.toAbsolutePath().normalize().relativize(r.file()).toString(),
                    0, "already exists; choose another title or edit that file"));
        }
        Files.createDirectories(r.file().getParent());
        Files.writeString(r.file(), r.text());
        System.out.println("Created " + site.toAbsolutePath().normalize().relativize(r.file())
                + ". Fill in the texts in brackets, then run: kring check");
        return Main.OK;
    }
}

package org.kring.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.kring.ContentException;
import org.kring.Problem;
import org.kring.scaffold.Scaffold;
import org.kring.scaffold.SessionInsert;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Creates a new session, topic, recommendation, page, course or course module with all its "
                + "front matter.",
        footer = {"", "Example: kring new topic \"Sleep and crying\"",
                "         kring new session \"Back to work\" --programme parenting",
                "         kring new session \"Worries and sleep\" --at 4 --programme pregnancy",
                "         kring new module \"Running the self-checks\" --course pregnancy-facilitator"})
final class NewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "KIND", description = "session, topic, recommendation, page, course or module")
    String kind;

    @Parameters(index = "1", paramLabel = "TITLE", description = "The title, in quotes")
    String title;

    @Option(names = "--programme", paramLabel = "ID", description = "The programme of a new session")
    String programme;

    @Option(names = "--at", paramLabel = "N", description = "The number of a new session; the sessions from N on "
            + "move one up (files, numbers and links, in every language)")
    Integer at;

    @Option(names = "--course", paramLabel = "ID", description = "The course of a new module")
    String course;

    @Option(names = "--site", paramLabel = "DIR", description = "The site folder, with site.yml (default: .)")
    Path site = Path.of(".");

    @Override
    public Integer call() throws IOException {
        Scaffold scaffold = new Scaffold(site);
        List<Scaffold.Result> files = switch (kind) {
            case "session" -> List.of(scaffold.session(title, programme, at));
            case "topic" -> List.of(scaffold.topic(title));
            case "recommendation" -> List.of(scaffold.recommendation(title));
            case "page" -> List.of(scaffold.page(title));
            case "course" -> scaffold.course(title);
            case "module" -> List.of(scaffold.module(title, course));
            default -> throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "KIND must be session, topic, recommendation, page, course or module, not '" + kind + "'");
        };
        Path root = site.toAbsolutePath().normalize();
        if (at != null && !kind.equals("session")) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--at is for a new session, not a " + kind);
        }
        SessionInsert.Plan room = null;
        if (at != null) {
            // Planned whole before anything is touched: a clash anywhere leaves every file as it was.
            String id = files.get(0).file().getParent().getFileName().toString();
            room = new SessionInsert(root, id, at).plan(scaffold.sessions(id), files.get(0).file());
        }
        for (Scaffold.Result r : files) {
            if (room != null && room.renames().stream().anyMatch(m -> m.from().equals(r.file()))) {
                continue;
            }
            if (Files.exists(r.file())) {
                throw new ContentException(Problem.error(root.relativize(r.file()).toString(), 0,
                        "already exists; choose another title or edit that file"));
            }
        }
        if (room != null) {
            SessionInsert.apply(room);
            if (!room.renames().isEmpty()) {
                System.out.println("Renamed " + room.renames().size() + " files and edited " + room.edits().size()
                        + " to make room for session " + at + ":");
                for (SessionInsert.Rename m : room.renames()) {
                    if (!m.from().toString().replace('\\', '/').contains("/.kring/")) {
                        System.out.println("  " + root.relativize(m.from()) + " -> " + root.relativize(m.to()));
                    }
                }
                room.edits().keySet().stream().map(p -> root.relativize(p).toString()).sorted()
                        .filter(p -> !p.replace('\\', '/').contains(".kring/")).forEach(p -> System.out.println("  edited " + p));
                // Links and numbers are Kring's to move; words are the author's.
                System.out.println("Session links and numbers are moved. Words that name a session by its number "
                        + "(\"Session 5 in role play\", \"ten meetings\") are not: read them again.");
            }
        }
        for (Scaffold.Result r : files) {
            Files.createDirectories(r.file().getParent());
            Files.writeString(r.file(), r.text());
        }
        System.out.println("Created " + String.join(" and ", files.stream().map(r -> root.relativize(r.file())
                .toString()).toList()) + ". Fill in the texts in brackets, "
                + (kind.equals("module") ? "add the module to the course's schedule (index.md), " : "")
                + "then run: kring check");
        return Main.OK;
    }
}

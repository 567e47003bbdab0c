package org.kring.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code kring import}: reads a folder of another tool's Markdown as a plan, and writes it into the site's
 * content/ only when no file of the plan exists yet: all or nothing, so an import never overwrites an author's
 * file and never leaves half a programme behind.
 */
public final class SiteImport {
    /** What was (or, in a dry run, would be) written, paths under the site; and what the user should know. */
    public record Outcome(List<String> written, List<String> notes, String format) {
    }

    private SiteImport() {
    }

    public static Outcome run(Path from, Path site, String programme, boolean dryRun) throws IOException {
        if (!Files.isDirectory(from)) {
            throw new ImportException(from + ": not a folder");
        }
        Path content = site.toAbsolutePath().normalize().resolve("content");
        // A team's first step may be its old materials: into a folder with no site yet, the import starts one.
        boolean newSite = !Files.isRegularFile(site.resolve("site.yml"));
        if (newSite && Files.exists(content)) {
            throw new ImportException(site + ": has content/ but no site.yml; give the site with --site DIR");
        }
        if (programme != null && !programme.matches("[a-z0-9][a-z0-9-]*")) {
            throw new ImportException("--programme " + programme + ": an id is lower case letters, digits and hyphens");
        }
        boolean lesson = CarpentriesLesson.is(from);
        ImportPlan plan = lesson ? CarpentriesLesson.plan(from, programme) : PlainFolder.plan(from);
        if (plan.files().isEmpty()) {
            throw new ImportException(from + ": no Markdown files to import");
        }
        List<String> clashes = new ArrayList<>();
        List<String> written = new ArrayList<>();
        for (String path : plan.files().keySet()) {
            if (Files.exists(content.resolve(path))) {
                clashes.add("content/" + path);
            }
            written.add("content/" + path);
        }
        String siteYml = newSite ? NewSite.yml(plan, from) : null;
        if (newSite) {
            written.add(0, "site.yml");
        }
        if (!clashes.isEmpty()) {
            throw new ImportException("nothing was imported: " + String.join(", ", clashes)
                    + (clashes.size() == 1 ? " exists" : " exist") + " already, and Kring never overwrites a file"
                    + (lesson ? "; import under another id with --programme ID" : "; move or rename "
                            + (clashes.size() == 1 ? "it" : "them") + " first"));
        }
        if (!dryRun) {
            if (newSite) {
                Files.createDirectories(site);
                Files.writeString(site.resolve("site.yml"), siteYml);
            }
            for (Map.Entry<String, ImportPlan.Entry> e : plan.files().entrySet()) {
                Path to = content.resolve(e.getKey());
                Files.createDirectories(to.getParent());
                if (e.getValue().text() != null) {
                    Files.writeString(to, e.getValue().text());
                } else {
                    Files.copy(e.getValue().copyOf(), to);
                }
            }
        }
        return new Outcome(written, plan.notes(), lesson ? "a Carpentries lesson" : "a folder of Markdown pages");
    }
}

package org.kring.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.parser.Parser;

/**
 * The pictures a page shows by a relative path, copied with it to the same place beside the page's new file,
 * so the Markdown needs no change; pictures no page shows stay behind.
 */
final class Images {
    private static final Parser PARSER = Parser.builder().build();

    private Images() {
    }

    /**
     * @param body     the page's Markdown as written for the other tool
     * @param page     the page's file in the folder being imported
     * @param root     the folder being imported: nothing outside it is copied
     * @param target   the page's new path under content/
     */
    static void copyUsed(String body, Path page, Path root, String target, ImportPlan plan) {
        List<String> destinations = new ArrayList<>();
        PARSER.parse(body).accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                destinations.add(image.getDestination());
            }
        });
        String targetDir = target.contains("/") ? target.substring(0, target.lastIndexOf('/') + 1) : "";
        Path rootDir = root.toAbsolutePath().normalize();
        for (String d : destinations) {
            String dest = d.replaceAll("[?#].*", "");
            if (dest.isEmpty() || dest.startsWith("/") || dest.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
                continue;
            }
            Path source = page.toAbsolutePath().getParent().resolve(dest).normalize();
            Path to = Path.of(targetDir.isEmpty() ? "." : targetDir).resolve(dest).normalize();
            if (!source.startsWith(rootDir) || to.startsWith("..") || !Files.isRegularFile(source)) {
                plan.note(rootDir.relativize(page.toAbsolutePath().normalize()) + " shows " + d
                        + ", which is not a file in the folder being imported: not copied");
                continue;
            }
            plan.copy(to.toString().replace('\\', '/'), source);
        }
    }
}

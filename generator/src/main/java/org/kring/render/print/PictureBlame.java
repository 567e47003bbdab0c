package org.kring.render.print;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.kring.Problem;
import org.kring.model.Content;
import org.kring.model.Links;
import org.kring.model.LocalizedContent;
import org.kring.model.Markdown;

/**
 * Turns a picture the PDF engine could not draw into one line a user can act on: the picture's path, the
 * engine's reason, the PDF that could not be made and the content that shows the picture. When the engine
 * did not say which picture it was, each picture of the page is tried alone (only after a failure, so it
 * costs nothing otherwise). A picture several PDFs show is blamed once, in the words of the first PDF that
 * failed: PDFs are made in parallel, and one line per picture says all there is to fix.
 */
final class PictureBlame {
    private final PdfEngine engine;
    private final Path contentDir;
    private final String baseUri;
    private final Links links;
    private final java.util.Map<String, Problem> blamed = new java.util.concurrent.ConcurrentHashMap<>();

    PictureBlame(PdfEngine engine, Path contentDir, String baseUri, Links links) {
        this.engine = engine;
        this.contentDir = contentDir.toAbsolutePath().normalize();
        this.baseUri = baseUri;
        this.links = links;
    }

    /**
     * @param html   the page the engine failed on
     * @param pdf    the PDF's path in the site ({@code pdf/en/p-01-facilitator.pdf}), or its name
     * @param own    the content the PDF is made from first (its uses are named first), or null
     * @param locale the language of the PDF, whose content is searched for the picture's uses
     */
    Problem problem(PictureFailure failure, String html, String pdf, Content own, LocalizedContent locale) {
        String uri = failure.uri();
        String reason = failure.reason();
        if (uri == null) {
            for (String candidate : pictures(html)) {
                try {
                    String alone = "<html><head><title>-</title></head><body><img src=\""
                            + candidate.replace("\"", "%22") + "\" alt=\"-\"/></body></html>";
                    engine.render(alone, baseUri, new PdfEngine.Meta("-", "-", "en", false, "-"), 0);
                } catch (PictureFailure f) {
                    uri = candidate;
                    reason = f.reason();
                    break;
                }
            }
        }
        if (uri == null) {
            return Problem.error(own != null ? own.file().name() : pdf, 0, "the PDF engine could not draw a picture of "
                    + pdf + " (" + reason + "), so the PDF cannot be made");
        }
        String sitePath = sitePath(uri);
        List<String> users = sitePath == null ? List.of() : users(sitePath, own, locale);
        String message = "the PDF engine cannot draw this picture (" + reason + "), so " + pdf + " cannot be made"
                + (users.isEmpty() ? "" : "; it is shown by " + String.join(", ", users));
        String file = sitePath == null ? uri : "content/" + sitePath;
        return blamed.computeIfAbsent(uri, u -> Problem.error(file, 0, message));
    }

    /** The addresses of the page's pictures, in order, each once. */
    private Set<String> pictures(String html) {
        Set<String> out = new LinkedHashSet<>();
        for (Element img : Jsoup.parse(html, baseUri).select("img[src]")) {
            out.add(img.absUrl("src").isEmpty() ? img.attr("src") : img.absUrl("src"));
        }
        return out;
    }

    /** The picture's path under content/, or null when it is elsewhere. */
    private String sitePath(String uri) {
        try {
            Path p = Path.of(URI.create(uri)).toAbsolutePath().normalize();
            return p.startsWith(contentDir) ? contentDir.relativize(p).toString().replace('\\', '/') : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Where the picture is shown in this language: {@code file:line}, the PDF's own content first, at most three. */
    private List<String> users(String sitePath, Content own, LocalizedContent locale) {
        Set<String> out = new LinkedHashSet<>();
        List<Content> docs = new ArrayList<>();
        if (own != null) {
            docs.add(own);
        }
        docs.addAll(locale.documents());
        for (Content doc : docs) {
            Markdown md = doc.body();
            for (Markdown.LinkUse use : md.links()) {
                if (use.image() && links.target(use.node()) instanceof Markdown.AssetTarget a
                        && a.sitePath().equals(sitePath)) {
                    out.add(md.file().name() + ":" + use.line());
                }
            }
            if (out.size() >= 3) {
                break;
            }
        }
        return out.stream().limit(3).toList();
    }
}

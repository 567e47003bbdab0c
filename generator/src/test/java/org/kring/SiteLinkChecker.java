package org.kring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Follows every internal link, stylesheet, script and picture of a built site the way a browser would
 * (relative to the page, {@code dir/} meaning {@code dir/index.html}) and reports the ones that lead
 * nowhere, anchors included.
 */
public final class SiteLinkChecker {
    private final Path root;
    private final Map<Path, Document> pages = new HashMap<>();

    public SiteLinkChecker(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public List<Path> htmlFiles() {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Document page(Path file) {
        return pages.computeIfAbsent(file.toAbsolutePath().normalize(), f -> {
            try {
                return Jsoup.parse(f.toFile(), "UTF-8");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Broken links as "page -> href (why)". */
    public List<String> broken() {
        List<String> out = new ArrayList<>();
        for (Path file : htmlFiles()) {
            if (file.getFileName().toString().equals("404.html")) {
                continue; // its links are absolute from the server root
            }
            Document doc = page(file);
            for (Element e : doc.select("a[href], link[href], script[src], img[src]")) {
                String attr = e.hasAttr("href") ? "href" : "src";
                String href = e.attr(attr);
                String why = check(file, href);
                if (why != null) {
                    out.add(root.relativize(file) + " -> " + href + " (" + why + ")");
                }
            }
        }
        return out;
    }

    /** Null when {@code href} on page {@code from} leads to an existing file (and anchor). */
    public String check(Path from, String href) {
        if (href.startsWith("http://") || href.startsWith("https://") || href.startsWith("mailto:")
                || href.startsWith("tel:")) {
            return null;
        }
        Path target = resolve(from, href);
        if (target == null) {
            return "outside the site";
        }
        if (!Files.isRegularFile(target)) {
            return "no such file " + root.relativize(target);
        }
        String fragment = fragment(href);
        if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")) {
            Document doc = page(target);
            if (doc.getElementById(fragment) == null) {
                return "no element with id '" + fragment + "'";
            }
        }
        return null;
    }

    /** The file a relative href from page {@code from} leads to, or null when it leaves the site. */
    public Path resolve(Path from, String href) {
        String path = href;
        int hash = path.indexOf('#');
        if (hash >= 0) {
            path = path.substring(0, hash);
        }
        Path target;
        if (path.isEmpty()) {
            target = from;
        } else {
            URI uri = URI.create(path.replace(" ", "%20"));
            String decoded = URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8);
            target = from.getParent().resolve(decoded).normalize();
            if (path.endsWith("/")) {
                target = target.resolve("index.html");
            }
        }
        return target.startsWith(root) ? target : null;
    }

    private static String fragment(String href) {
        int hash = href.indexOf('#');
        return hash < 0 ? null : URLDecoder.decode(href.substring(hash + 1), StandardCharsets.UTF_8);
    }

    /** Every absolute (http) resource a page loads: none is allowed on an offline-friendly site. */
    public Set<String> externalResources() {
        return htmlFiles().stream().flatMap(f -> page(f).select("link[href], script[src], img[src], iframe, "
                + "source[src], video[src], audio[src]").stream()
                .filter(e -> !(e.tagName().equals("link") && e.attr("rel").equals("alternate"))
                        && !(e.tagName().equals("link") && e.attr("rel").equals("canonical")))
                .map(e -> e.hasAttr("src") ? e.attr("src") : e.attr("href"))
                .filter(h -> h.startsWith("http:") || h.startsWith("https:") || h.startsWith("//")))
                .collect(Collectors.toSet());
    }
}

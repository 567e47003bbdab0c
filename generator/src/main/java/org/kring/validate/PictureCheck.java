package org.kring.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.kring.Problem;
import org.kring.Problems;
import org.kring.model.Asset;
import org.kring.model.Content;
import org.kring.model.Curriculum;
import org.kring.model.Links;
import org.kring.model.LocalizedContent;
import org.kring.model.Markdown;

/**
 * Every picture the site publishes (SVG, PNG, JPEG, GIF, WebP under content/) is read once and checked
 * before anything is rendered, so {@code check}, {@code build} and {@code serve} report the same problems
 * with the picture's path: an empty file, contents that are not what the extension says, a file that is not
 * valid SVG or is damaged or cut off, a picture too large to decode, an SVG that could run script or load
 * something from elsewhere. Pictures are checked in parallel; the preview remembers what it found per
 * file (by size and modification time), so an edit never decodes unchanged pictures again.
 */
public final class PictureCheck {
    /** Pictures larger than this slow pages down on the slow links many practices have. */
    static final long LARGE_FILE = 1024 * 1024;
    /**
     * More pixels than a phone's browser keeps for one picture (decoded, 4 bytes each: 160 MB) and far more
     * than a page shows; also the bound that keeps a decompression bomb from being decoded at all.
     */
    static final long MAX_PIXELS = 40_000_000;
    /** No page needs a picture file this large; reading it whole to check it would cost memory for nothing. */
    static final long MAX_FILE = 50L * 1024 * 1024;
    /** A file changed this recently may change again within the file system's time resolution. */
    private static final long SETTLED_MILLIS = 2000;

    private final Problems problems;
    private final Memo memo;

    /** @param memo what earlier checks of the same site found (the preview's), or null */
    public PictureCheck(Problems problems, Memo memo) {
        this.problems = problems;
        this.memo = memo;
    }

    /** What the checks of one site found per picture file, for the next check of the same site in memory. */
    public static final class Memo {
        private volatile Map<Path, Found> found = Map.of();
    }

    /** A picture file as it was when checked, and what was found. */
    private record Found(long size, long modified, List<Problem> problems) {
    }

    /** Checks every picture among the assets; other files are not pictures and are left alone. */
    public void check(List<Asset> assets) {
        Map<Path, Found> before = memo == null ? Map.of() : memo.found;
        Map<Path, Found> now = new ConcurrentHashMap<>();
        List<Asset> pictures = assets.stream().filter(a -> PictureFormat.ofName(a.sitePath()) != null).toList();
        List<List<Problem>> results = pictures.parallelStream().map(a -> check(a, before, now)).toList();
        results.forEach(list -> list.forEach(problems::add));
        if (memo != null) {
            memo.found = Map.copyOf(now);
        }
    }

    private static List<Problem> check(Asset asset, Map<Path, Found> before, Map<Path, Found> now) {
        String name = "content/" + asset.sitePath();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(asset.file(), BasicFileAttributes.class);
        } catch (IOException e) {
            return List.of(Problem.error(name, 0, "cannot read the picture: " + e.getMessage()));
        }
        long modified = attributes.lastModifiedTime().toMillis();
        Found known = before.get(asset.file());
        if (known != null && known.size() == attributes.size() && known.modified() == modified) {
            now.put(asset.file(), known);
            return known.problems();
        }
        if (attributes.size() > MAX_FILE) {
            return List.of(Problem.error(name, 0, "the picture is " + attributes.size() / (1024 * 1024) + " MiB: far "
                    + "too large for a page (pictures over 1 MiB already load slowly on slow links); save it smaller"));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(asset.file());
        } catch (IOException e) {
            return List.of(Problem.error(name, 0, "cannot read the picture: " + e.getMessage()));
        }
        List<Problem> found = check(name, bytes);
        if (System.currentTimeMillis() - modified > SETTLED_MILLIS && bytes.length == attributes.size()) {
            now.put(asset.file(), new Found(attributes.size(), modified, found));
        }
        return found;
    }

    /** The problems of one picture, {@code name} being its path from the site root. */
    static List<Problem> check(String name, byte[] bytes) {
        PictureFormat named = PictureFormat.ofName(name);
        if (bytes.length == 0) {
            return List.of(Problem.error(name, 0, "the picture is empty (0 bytes); copy or export it again"));
        }
        PictureFormat actual = PictureFormat.sniff(bytes);
        if (actual != named && !(named == PictureFormat.SVG && actual == null)) {
            String what = PictureFormat.describe(bytes);
            boolean svg = actual == PictureFormat.SVG && what == null && PictureFormat.mentionsSvg(bytes);
            if (what == null && actual == null) {
                return List.of(Problem.error(name, 0, "the file is not " + article(named) + ": its first bytes are "
                        + "no picture format Kring knows; replace it with the picture itself"));
            }
            if (what == null) {
                what = svg ? "an SVG picture" : "text";
            }
            return List.of(Problem.error(name, 0, "the file is " + what + ", not " + article(named)
                    + " as its name says; " + (actual != null && (actual != PictureFormat.SVG || svg)
                            ? "rename it to ." + actual.extension() : "replace it with the picture itself")));
        }
        List<Problem> found = new ArrayList<>(switch (named) {
            case SVG -> SvgCheck.check(name, bytes);
            case WEBP -> WebpCheck.check(name, bytes);
            default -> RasterCheck.check(name, named, bytes);
        });
        if (bytes.length > LARGE_FILE) {
            found.add(Problem.warning(name, 0, "picture is " + (bytes.length / 1024)
                    + " KiB; pages load slowly on slow links (keep pictures under 1 MiB)"));
        }
        return found;
    }

    /**
     * When PDFs are made: a picture in content that is printed must be in a format PDFs hold (not WebP),
     * else it would be missing from the printed guide. Reported where the picture is used, once per place
     * however many languages share the text.
     */
    public static void checkPrinted(Curriculum curriculum, Links links, Problems problems) {
        Set<String> seen = new HashSet<>();
        for (LocalizedContent locale : curriculum.locales()) {
            for (Content doc : locale.documents()) {
                if (!doc.schema().printed()) {
                    continue;
                }
                Markdown md = doc.body();
                for (Markdown.LinkUse use : md.links()) {
                    if (use.image() && links.target(md, use) instanceof Markdown.AssetTarget a) {
                        PictureFormat format = PictureFormat.ofName(a.sitePath());
                        if (format != null && !format.printable()
                                && seen.add(md.file().name() + ":" + use.line() + ":" + use.column())) {
                            problems.error(md.file().name(), use.line(), use.column(), "picture '" + use.destination()
                                    + "' is " + format.label() + ", which PDFs cannot show, and the text of "
                                    + doc.schema().what() + " goes into PDFs; save it as PNG or JPEG (pages show those "
                                    + "too)");
                        }
                    }
                }
            }
        }
    }

    /**
     * The problem of a picture (or of frame {@code frame} of an animation, {@code total} pixels so far)
     * too large to decode safely, or null.
     */
    static Problem sizeProblem(String name, int width, int height, long total, int frame) {
        long pixels = (long) width * height;
        if (pixels <= MAX_PIXELS && total <= MAX_PIXELS) {
            return null;
        }
        String size = width + " × " + height + " pixels";
        if (pixels <= MAX_PIXELS) {
            return Problem.error(name, 0, "the animation's frames add up to more than " + MAX_PIXELS / 1_000_000
                    + " million pixels (frame " + (frame + 1) + " is " + size + "); shorten it or make it smaller");
        }
        return Problem.error(name, 0, "the picture is " + size + " (" + megapixels(pixels) + " million): too large "
                + "to show (decoding it takes " + megabytes(pixels) + " of memory, more than a phone gives a page); "
                + "scale it down below " + MAX_PIXELS / 1_000_000 + " million pixels (a page shows pictures at most "
                + "about 2000 pixels wide)");
    }

    private static String megapixels(long pixels) {
        return pixels >= 10_000_000 ? String.format(java.util.Locale.ROOT, "%,d", pixels / 1_000_000)
                : String.format(java.util.Locale.ROOT, "%.1f", pixels / 1e6);
    }

    private static String megabytes(long pixels) {
        long mb = pixels * 4 / 1_000_000;
        return mb >= 10_000 ? String.format(java.util.Locale.ROOT, "%,d GB", mb / 1000) : mb + " MB";
    }

    private static String article(PictureFormat f) {
        return (f == PictureFormat.SVG ? "an " : "a ") + f.label() + " picture";
    }
}

package org.kring.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.kring.render.OfflineCopies;
import org.kring.render.OfflineCopies.Copy;

/**
 * The offline copies ({@link OfflineCopies}): zips of the site as built, for a practice without a steady internet connection: unzipped on a
 * clinic's computer or a USB stick it opens from {@code file://} (pages link files by name, see FileLinks).
 * It holds every page of every language (the language switcher and the English pages a translation falls back
 * to keep working; the pages are small) and the PDFs of its language with those its pages link to in another
 * language (an English edition offered where a session is not translated), not every language's PDFs, which
 * are most of a site's weight. Its start page opens the language itself. Made from the bytes the build wrote,
 * with fixed dates and in name order, so the same site gives the same zip.
 */
public final class OfflineBundles {
    /** Where the bundles are published: {@code offline/<lang>.zip}, {@code offline/countries/<country>.zip}. */
    public static final String FOLDER = OfflineCopies.FOLDER;
    /** Zip entries carry a date; this one (the DOS epoch's first day Java writes as is) keeps them reproducible. */
    private static final long TIME = java.time.LocalDateTime.of(1980, 1, 1, 0, 0)
            .atZone(java.util.TimeZone.getDefault().toZoneId()).toInstant().toEpochMilli();
    /**
     * What offers the copies on a page: an element the template marks {@code data-offline-offer} (the downloads
     * page's section, a country page's link). A copy does not hold itself, so its pages do not offer it.
     */
    private static final Pattern OFFER = Pattern.compile(
            "<(section|div|p|li)\\b[^>]*\\bdata-offline-offer\\b[^>]*>.*?</\\1>\n?", Pattern.DOTALL);
    private static final String OFFER_MARK = "data-offline-offer";
    private static final Pattern PDF_LINK = Pattern.compile("href=\"([^\"#?]+\\.pdf)\"");

    private OfflineBundles() {
    }

    /** Writes each of {@code copies} from what {@code writer} holds. */
    public static void write(SiteWriter writer, List<Copy> copies) {
        if (writer.sameAsBefore(FOLDER)) {
            // Nothing they hold changed: the copies the last build made are these ones (a zip takes a second).
            writer.keep(FOLDER);
        }
        SortedSet<String> site = writer.paths();
        // Every page goes into every copy: each is read, and made ready for a copy, once for all of them.
        Map<String, byte[]> pages = new ConcurrentHashMap<>();
        Function<String, byte[]> content = path -> path.endsWith(".pdf") ? writer.bytes(path)
                : pages.computeIfAbsent(path, p -> inCopy(p, writer.bytes(p)));
        org.kring.render.Parallel.forEach(copies.stream().filter(c -> !site.contains(c.path())).toList(),
                copy -> writer.write(copy.path(), zip(content, site, copy)));
    }

    /** A file as a copy holds it: its pages do not offer the copies. */
    private static byte[] inCopy(String path, byte[] data) {
        if (!path.endsWith(".html")) {
            return data;
        }
        String html = new String(data, StandardCharsets.UTF_8);
        return html.contains(OFFER_MARK) ? OFFER.matcher(html).replaceAll("").getBytes(StandardCharsets.UTF_8) : data;
    }

    static byte[] zip(Function<String, byte[]> content, SortedSet<String> site, Copy copy) {
        SortedSet<String> pdfs = new TreeSet<>();
        for (String lang : copy.languages()) {
            addPdfs(pdfs, content, site, lang);
        }
        String top = copy.top();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_SPEED);
            add(zip, top + "index.html", start(copy.languages().get(0)), true);
            for (String path : site) {
                boolean page = !path.startsWith("pdf/") && !path.startsWith(FOLDER) && !path.equals("index.html")
                        && !path.equals("404.html") && !path.equals("sitemap.xml") && !path.equals("robots.txt");
                if (page || pdfs.contains(path)) {
                    // PDFs are compressed already: stored, they cost no time and lose nothing.
                    add(zip, top + path, content.apply(path), !path.endsWith(".pdf"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A language's PDFs, and those its pages link to in another language. */
    private static void addPdfs(SortedSet<String> pdfs, Function<String, byte[]> content, SortedSet<String> site,
            String lang) {
        for (String page : site) {
            if (page.startsWith(lang + "/") && page.endsWith(".html")) {
                Matcher m = PDF_LINK.matcher(new String(content.apply(page), StandardCharsets.UTF_8));
                while (m.find()) {
                    String target = resolve(page, m.group(1));
                    if (target != null && site.contains(target)) {
                        pdfs.add(target);
                    }
                }
            } else if (page.startsWith("pdf/" + lang + "/")) {
                pdfs.add(page);
            }
        }
    }

    /** The bundle's first page: straight to its language's home, by a link that works without script too. */
    private static byte[] start(String lang) {
        String home = lang + "/index.html";
        return ("<!DOCTYPE html>\n<html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><title>" + lang
                + "</title><meta http-equiv=\"refresh\" content=\"0; url=" + home + "\"></head><body><p><a href=\""
                + home + "\">" + home + "</a></p></body></html>\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void add(ZipOutputStream zip, String name, byte[] data, boolean deflate) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(TIME);
        if (!deflate) {
            CRC32 crc = new CRC32();
            crc.update(data);
            e.setMethod(ZipEntry.STORED);
            e.setSize(data.length);
            e.setCompressedSize(data.length);
            e.setCrc(crc.getValue());
        }
        zip.putNextEntry(e);
        zip.write(data);
        zip.closeEntry();
    }

    /** {@code href} from the page at {@code page}, as a path in the site, or null when it leaves the site. */
    static String resolve(String page, String href) {
        if (href.contains(":")) {
            return null;
        }
        java.util.Deque<String> parts = new java.util.ArrayDeque<>(List.of(page.split("/")));
        parts.removeLast();
        for (String p : href.split("/")) {
            if (p.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else if (!p.isEmpty() && !p.equals(".")) {
                parts.addLast(p);
            }
        }
        return String.join("/", parts);
    }
}

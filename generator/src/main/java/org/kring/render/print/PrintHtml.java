package org.kring.render.print;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.NumberingSystem;
import com.ibm.icu.util.ULocale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Kring's print HTML made ready for the browser. Print templates mark what paged media needs with plain
 * elements: the running header ({@code .running-header}, one for the document and one per chapter that has
 * its own), the footer with the page number ({@code .running-footer} with {@code .page} and {@code .pages}),
 * the outline ({@code <bookmarks>}) and the page numbers of a contents list ({@code .pgref href="#id"}).
 * The browser knows none of these, so they become CSS page-margin boxes (a named page per chapter header),
 * an outline Kring adds to the PDF itself, and numbers filled in after a first printing tells where each
 * target landed. Targets get a hidden link each, so the browser records where they are. A {@code .chapter}
 * starts on a new page; its start and end are marked too, so the engine can tighten a chapter that would
 * leave its last page under a third full ({@link #tightenShortChapters}).
 */
final class PrintHtml {
    /** An outline entry: its title, the id it leads to, and the entries under it. */
    record Bookmark(String title, String target, List<Bookmark> children) {
    }

    /** How many steps of tightening print.css has for a chapter ({@code .kring-fit-1} to {@code .kring-fit-3}). */
    static final int FIT_STEPS = 3;
    /**
     * A page that is not the last one must be at least a third full. The end mark lies below the margin of the
     * chapter's last block, a little lower than its last line or box, so a chapter must reach a little further.
     */
    static final double MIN_FILL = 0.36;
    private static final String START = "kring-chapter-start-";
    private static final String END = "kring-chapter-end-";
    private static final String MARK = "height:0;margin:0;padding:0;border:0";
    /** A contents entry's page number, by its place among them, for the script that fills them in. */
    private static final String REF = "data-kring-ref";

    private final Document doc;
    private final List<Bookmark> outline;
    private final Set<String> targets = new LinkedHashSet<>();
    private final List<Element> pageRefs;
    private final NumberFormat digits;
    /** The chapters' tightening steps, by chapter; the page in the browser has them, not {@link #doc}. */
    private final List<Integer> fit = new ArrayList<>();

    private PrintHtml(Document doc, List<Bookmark> outline, List<Element> pageRefs, NumberFormat digits) {
        this.doc = doc;
        this.outline = outline;
        this.pageRefs = pageRefs;
        this.digits = digits;
    }

    /**
     * @param fontFaces the {@code @font-face} rules of the bundled fonts
     */
    static PrintHtml of(String html, String fontFaces) {
        Document doc = Jsoup.parse(html);
        doc.outputSettings().prettyPrint(false);
        String lang = doc.selectFirst("html") == null ? "en" : doc.selectFirst("html").attr("lang");
        ULocale locale = new ULocale(lang.isEmpty() ? "en" : lang);
        String counterStyle = counterStyle(locale);
        List<Bookmark> outline = new ArrayList<>();
        for (Element b : doc.select("bookmarks")) {
            outline.addAll(bookmarks(b));
            b.remove();
        }
        StringBuilder css = new StringBuilder(fontFaces);
        // The document's header, then a named page per chapter that has a header of its own.
        int n = 0;
        for (Element h : doc.select(".running-header")) {
            String text = cssString(h.text());
            Element chapter = h.parent();
            if (chapter == null || chapter == doc.body()) {
                css.append("@page { @top-center { content: ").append(text).append("; } }\n");
            } else {
                String name = "kring-chapter-" + (++n);
                chapter.attr("style", "page: " + name + ";" + chapter.attr("style"));
                css.append("@page ").append(name).append(" { @top-center { content: ").append(text).append("; } }\n");
            }
            h.remove();
        }
        for (Element f : doc.select(".running-footer")) {
            css.append("@page { @bottom-center { content: ").append(footer(f, counterStyle)).append("; } }\n");
            f.remove();
        }
        languageOnContents(doc.body());
        List<Element> refs = new ArrayList<>(doc.select(".pgref[href^=#]"));
        PrintHtml p = new PrintHtml(doc, outline, refs, NumberFormat.getIntegerInstance(locale));
        // A chapter starts on a new page; a mark at its start and at its end tells where its last page ends.
        for (Element c : doc.select(".chapter")) {
            int i = p.fit.size();
            c.prependElement("div").id(START + i).attr("style", MARK);
            c.appendElement("div").id(END + i).attr("style", MARK);
            p.fit.add(0);
            p.targets.add(START + i);
            p.targets.add(END + i);
        }
        for (Bookmark b : outline) {
            p.collect(b);
        }
        for (int i = 0; i < refs.size(); i++) {
            Element r = refs.get(i);
            p.targets.add(r.attr("href").substring(1));
            r.attr(REF, String.valueOf(i));
            r.text(p.digits.format(100)); // room for a three-digit number, so the first printing paginates as the last
        }
        // A link to every target, hidden, so the browser writes a destination (page and place) for each one.
        Element hidden = doc.body().prependElement("div").attr("aria-hidden", "true").attr("style",
                "position:absolute;width:1px;height:1px;overflow:hidden;opacity:0");
        for (String t : p.targets) {
            hidden.appendElement("a").attr("href", "#" + t).attr("tabindex", "-1").text(".");
        }
        // First in the head: the templates' own @page rules (no header on a cover) come later and win.
        doc.head().prepend("<style>" + css + "</style>");
        return p;
    }

    /** Elements Chromium leaves out of the structure tree: a language on them would be lost. */
    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "header", "footer",
            "aside", "main", "nav");

    /**
     * Moves a {@code lang} from a container onto its child elements. Chromium writes a structure element's
     * /Lang only where an element's language differs from its parent element's, and a {@code <div>} is no
     * structure element: the headings, paragraphs and lists inside {@code <div lang="en">} (a session still
     * in English in an Arabic manual, an English topic) would be read out as Arabic. Every text keeps the
     * language it had; a container with text of its own keeps its attribute.
     */
    private static void languageOnContents(Element e) {
        if (e.hasAttr("lang") && CONTAINERS.contains(e.normalName()) && !e.children().isEmpty()
                && e.textNodes().stream().allMatch(TextNode::isBlank)) {
            String lang = e.attr("lang");
            for (Element child : e.children()) {
                if (!child.hasAttr("lang")) {
                    child.attr("lang", lang);
                }
            }
            e.removeAttr("lang");
        }
        for (Element child : e.children()) {
            languageOnContents(child);
        }
    }

    private void collect(Bookmark b) {
        targets.add(b.target());
        b.children().forEach(this::collect);
    }

    private static List<Bookmark> bookmarks(Element parent) {
        List<Bookmark> out = new ArrayList<>();
        for (Element b : parent.children()) {
            if (b.normalName().equals("bookmark") && b.attr("href").startsWith("#")) {
                out.add(new Bookmark(b.attr("name"), b.attr("href").substring(1), bookmarks(b)));
            }
        }
        return out;
    }

    /** The footer's text with the numbers as CSS counters, in the language's digits. */
    private static String footer(Element f, String counterStyle) {
        StringBuilder out = new StringBuilder();
        for (Node n : f.childNodes()) {
            if (n instanceof TextNode t) {
                if (!t.text().isEmpty()) {
                    out.append(cssString(t.text())).append(' ');
                }
            } else if (n instanceof Element e && e.hasClass("page")) {
                out.append("counter(page, ").append(counterStyle).append(") ");
            } else if (n instanceof Element e && e.hasClass("pages")) {
                out.append("counter(pages, ").append(counterStyle).append(") ");
            } else if (n instanceof Element e) {
                out.append(cssString(e.text())).append(' ');
            }
        }
        return out.isEmpty() ? "none" : out.toString().strip();
    }

    /** The CSS counter style for the digits the language writes numbers in. */
    private static String counterStyle(ULocale locale) {
        return switch (NumberingSystem.getInstance(locale).getName()) {
            case "arab" -> "arabic-indic";
            case "arabext" -> "persian";
            case "beng" -> "bengali";
            case "deva" -> "devanagari";
            case "mymr" -> "myanmar";
            case "thai" -> "thai";
            case "khmr" -> "khmer";
            case "tamldec" -> "tamil";
            default -> "decimal";
        };
    }

    static String cssString(String text) {
        StringBuilder sb = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                sb.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || c == 0x7f) {
                sb.append(' ');
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.append('"').toString();
    }

    /** Every id the PDF must know the place of: outline entries and contents rows. */
    Set<String> targets() {
        return targets;
    }

    List<Bookmark> outline() {
        return outline;
    }

    /** True when the page has chapters, each starting on a new page. */
    boolean hasChapters() {
        return !fit.isEmpty();
    }

    /**
     * Tightens, one step further, every chapter whose last page is under a third full (when that page is not
     * the document's last, and the chapter has more than one page): print.css's {@code .kring-fit-1} to
     * {@code .kring-fit-3} let its boxes break across pages and close up its spacing and type, so the few lines
     * of its last page move back onto the pages before. Returns the script that does it in the page loaded in
     * the browser, or null when no chapter needs it or can get it.
     */
    String tightenShortChapters(PdfOutline.Layout layout) {
        StringBuilder script = new StringBuilder();
        for (int i = 0; i < fit.size(); i++) {
            PdfOutline.Place start = layout.places().get(START + i);
            PdfOutline.Place end = layout.places().get(END + i);
            if (start == null || end == null || end.page() >= layout.pages() || end.page() == start.page()
                    || fit.get(i) >= FIT_STEPS || fill(start, end) >= MIN_FILL) {
                continue;
            }
            fit.set(i, fit.get(i) + 1);
            script.append("f('").append(START).append(i).append("',").append(fit.get(i)).append(");");
        }
        return script.isEmpty() ? null : "(() => { const f = (id, step) => { const c = document.getElementById(id)"
                + ".parentElement; c.classList.remove('kring-fit-' + (step - 1)); c.classList.add('kring-fit-' + step);"
                + " }; " + script + " })()";
    }

    /**
     * How full a chapter's last page is: from the top of the text area (where the chapter's first page starts)
     * to where the chapter ends, over the height of the text area, taking the bottom margin as high as the top.
     */
    static double fill(PdfOutline.Place start, PdfOutline.Place end) {
        float top = start.fromTop();
        return (end.fromTop() - top) / (end.pageHeight() - 2 * top);
    }

    /** The script that fits the page's marked lines ({@link LineFit}) before printing, or null when it has none. */
    String prepare() {
        return doc.selectFirst("[" + LineFit.ATTRIBUTE + "]") == null ? null : LineFit.SCRIPT;
    }

    /** True when a contents list needs the page numbers of a first printing. */
    boolean hasPageRefs() {
        return !pageRefs.isEmpty();
    }

    /** The script that fills in the contents' page numbers (1-based, by target id) in the page loaded in the browser. */
    String withPageNumbers(Map<String, Integer> pages) {
        StringBuilder numbers = new StringBuilder();
        for (Element r : pageRefs) {
            Integer page = pages.get(r.attr("href").substring(1));
            numbers.append(numbers.isEmpty() ? "" : ",").append(org.kring.Json.quote(page == null ? "" : digits.format(page)));
        }
        return "(() => { const n = [" + numbers + "]; document.querySelectorAll('[" + REF + "]').forEach(e => "
                + "{ e.textContent = n[+e.getAttribute('" + REF + "')]; }); })()";
    }

    String html() {
        return doc.outerHtml();
    }
}

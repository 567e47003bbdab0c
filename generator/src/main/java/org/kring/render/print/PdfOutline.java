package org.kring.render.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * Where the targets of a printed page landed, read from the destinations the browser writes for every link
 * target, and the PDF outline built from the template's bookmarks on those places.
 */
final class PdfOutline {
    private PdfOutline() {
    }

    /** The 1-based page of each target the printed PDF has a destination for. */
    static Map<String, Integer> pages(byte[] pdf, Set<String> targets) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Map<String, Integer> out = new HashMap<>();
            for (Map.Entry<String, PDPageXYZDestination> e : destinations(doc).entrySet()) {
                if (targets.contains(e.getKey())) {
                    out.put(e.getKey(), doc.getPages().indexOf(e.getValue().getPage()) + 1);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where a target landed: its 1-based page, how far from the top of that page it is and how high the page
     * is (in points).
     */
    record Place(int page, float fromTop, float pageHeight) {
    }

    /** Where the targets of a printed page landed, and how many pages it has. */
    record Layout(Map<String, Place> places, int pages) {
    }

    /** The place of each target the printed PDF has a destination for. */
    static Layout layout(byte[] pdf, Set<String> targets) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Map<String, Place> out = new HashMap<>();
            for (Map.Entry<String, PDPageXYZDestination> e : destinations(doc).entrySet()) {
                if (targets.contains(e.getKey())) {
                    var page = e.getValue().getPage();
                    float height = page.getMediaBox().getHeight();
                    out.put(e.getKey(), new Place(doc.getPages().indexOf(page) + 1, height - e.getValue().getTop(),
                            height));
                }
            }
            return new Layout(out, doc.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The outline of {@code bookmarks}; an entry whose target is nowhere in the PDF is left out. */
    static void add(PDDocument doc, List<PrintHtml.Bookmark> bookmarks) throws IOException {
        if (bookmarks.isEmpty()) {
            return;
        }
        Map<String, PDPageXYZDestination> places = destinations(doc);
        PDDocumentOutline outline = new PDDocumentOutline();
        addAll(outline, bookmarks, places);
        doc.getDocumentCatalog().setDocumentOutline(outline);
        outline.openNode();
    }

    private static void addAll(PDOutlineNode parent, List<PrintHtml.Bookmark> bookmarks,
            Map<String, PDPageXYZDestination> places) {
        for (PrintHtml.Bookmark b : bookmarks) {
            PDPageXYZDestination place = places.get(b.target());
            if (place == null) {
                continue;
            }
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(b.title());
            PDPageXYZDestination dest = new PDPageXYZDestination();
            dest.setPage(place.getPage());
            dest.setTop(place.getTop());
            dest.setLeft(place.getLeft());
            item.setDestination(dest);
            parent.addLast(item);
            addAll(item, b.children(), places);
        }
    }

    /** The named destinations, from the catalog's /Dests dictionary, where Chromium writes them. */
    private static Map<String, PDPageXYZDestination> destinations(PDDocument doc) throws IOException {
        Map<String, PDPageXYZDestination> out = new HashMap<>();
        COSBase dests = doc.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.DESTS);
        if (dests instanceof COSDictionary d) {
            for (COSName key : d.keySet()) {
                COSBase v = d.getDictionaryObject(key);
                if (v instanceof COSDictionary withD) {
                    v = withD.getDictionaryObject(COSName.D);
                }
                if (v instanceof COSArray a) {
                    PDDestination dest = PDDestination.create(a);
                    if (dest instanceof PDPageXYZDestination xyz) {
                        out.put(key.getName(), xyz);
                    }
                }
            }
        }
        return out;
    }
}

package org.kring.render.print;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * PDFBox's merger joins tagged PDFs under one {@code Document} element with each joined file's tags in a
 * {@code Part} of its own: a document printed in parts would read to a screen reader as so many sections with
 * nothing to tell them apart. The parts' elements are moved up into the {@code Document}, in order, so the
 * tags are those one printing would have made. The merger's {@code Suspects} flag, which poppler reads as
 * malformed, is dropped: the browser's tags are not suspect.
 */
final class OneDocument {
    private static final COSName PART = COSName.getPDFName("Part");
    private static final COSName SUSPECTS = COSName.getPDFName("Suspects");

    private OneDocument() {
    }

    static void join(PDDocument doc) {
        COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
        if (catalog.getDictionaryObject(COSName.MARK_INFO) instanceof COSDictionary markInfo) {
            markInfo.removeItem(SUSPECTS);
        }
        if (!(catalog.getDictionaryObject(COSName.STRUCT_TREE_ROOT) instanceof COSDictionary root)) {
            return;
        }
        COSBase top = root.getItem(COSName.K);
        COSBase topObject = top instanceof COSObject o ? o.getObject() : top;
        if (topObject instanceof COSArray array && array.size() == 1) {
            top = array.get(0);
            topObject = array.getObject(0);
        }
        if (!(topObject instanceof COSDictionary document) || !(document.getDictionaryObject(COSName.K)
                instanceof COSArray parts)) {
            return;
        }
        COSArray all = new COSArray();
        for (int i = 0; i < parts.size(); i++) {
            if (!(parts.getObject(i) instanceof COSDictionary part) || !PART.equals(part.getCOSName(COSName.S))) {
                return; // not the merger's parts: leave the tags as they are
            }
            COSBase k = part.getDictionaryObject(COSName.K);
            COSArray kids = k instanceof COSArray a ? a : new COSArray(java.util.List.of(k));
            for (int j = 0; j < kids.size(); j++) {
                if (!(kids.getObject(j) instanceof COSDictionary)) {
                    return; // marked content straight in a part belongs to its page: keep the parts
                }
            }
            for (int j = 0; j < kids.size(); j++) {
                all.add(kids.get(j));
            }
        }
        for (int j = 0; j < all.size(); j++) {
            ((COSDictionary) all.getObject(j)).setItem(COSName.P, top);
        }
        document.setItem(COSName.K, all);
    }
}

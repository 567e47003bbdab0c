package org.kring.render.print;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Chromium names the elements of a tagged PDF's structure after the browser's DOM nodes ("node00008879"),
 * and those numbers count every node the browser made before, in any page. The same page printed in
 * another order or another process gets other names, so the bytes differ. The names are renumbered in the
 * order of the structure tree, and the table cells' references to their headers follow.
 */
final class StructureIds {
    private static final COSName ID = COSName.getPDFName("ID");
    private static final COSName ID_TREE = COSName.getPDFName("IDTree");
    private static final COSName HEADERS = COSName.getPDFName("Headers");

    private StructureIds() {
    }

    static void renumber(PDDocument doc) {
        renumber(doc, 0);
    }

    /**
     * Renumbers from {@code after + 1} and returns how many names were given: the parts of a document printed
     * in parts get names of their own, so joined they stay apart.
     */
    static int renumber(PDDocument doc, int after) {
        COSBase rootBase = doc.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.STRUCT_TREE_ROOT);
        if (!(rootBase instanceof COSDictionary root)) {
            return 0;
        }
        List<COSDictionary> elements = new ArrayList<>();
        collect(root.getDictionaryObject(COSName.K), elements, new IdentityHashMap<>());
        Map<String, String> names = new HashMap<>();
        List<COSBase> tree = new ArrayList<>();
        for (COSDictionary e : elements) {
            if (e.getDictionaryObject(ID) instanceof COSString old) {
                String name = String.format("e%06d", after + names.size() + 1);
                names.put(old.getString(), name);
                e.setItem(ID, new COSString(name));
                tree.add(new COSString(name));
                tree.add(e);
            }
        }
        if (names.isEmpty()) {
            return 0;
        }
        for (COSDictionary e : elements) {
            COSBase a = e.getDictionaryObject(COSName.A);
            if (a instanceof COSDictionary attributes) {
                renameHeaders(attributes, names);
            } else if (a instanceof COSArray list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.getObject(i) instanceof COSDictionary attributes) {
                        renameHeaders(attributes, names);
                    }
                }
            }
        }
        // One leaf with every name, in order: the names are already sorted.
        COSDictionary idTree = new COSDictionary();
        COSArray all = new COSArray();
        tree.forEach(all::add);
        idTree.setItem(COSName.NAMES, all);
        root.setItem(ID_TREE, idTree);
        return names.size();
    }

    private static void renameHeaders(COSDictionary attributes, Map<String, String> names) {
        if (attributes.getDictionaryObject(HEADERS) instanceof COSArray headers) {
            for (int i = 0; i < headers.size(); i++) {
                if (headers.getObject(i) instanceof COSString s && names.containsKey(s.getString())) {
                    headers.set(i, new COSString(names.get(s.getString())));
                }
            }
        }
    }

    /** Structure elements (dictionaries with /S) under {@code k}, depth first, in document order. */
    private static void collect(COSBase k, List<COSDictionary> out, Map<COSBase, Boolean> seen) {
        COSBase v = k instanceof org.apache.pdfbox.cos.COSObject o ? o.getObject() : k;
        if (v instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                collect(array.getObject(i), out, seen);
            }
        } else if (v instanceof COSDictionary d && d.containsKey(COSName.S) && seen.put(d, Boolean.TRUE) == null) {
            out.add(d);
            collect(d.getDictionaryObject(COSName.K), out, seen);
        }
    }
}

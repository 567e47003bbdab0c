package org.kring;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDPage;

/** The RGB colours a page fills with (0 to 255 each), in its content and the forms it draws: what it prints in. */
final class Colours extends PDFStreamEngine {
    private final Set<List<Integer>> found = new java.util.LinkedHashSet<>();

    private Colours() {
        addOperator(new DrawObject(this));
    }

    static Set<List<Integer>> of(PDPage page) throws IOException {
        Colours c = new Colours();
        c.processPage(page);
        return c.found;
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        String name = operator.getName();
        if ((name.equals("rg") || name.equals("sc") || name.equals("scn")) && operands.size() == 3
                && operands.stream().allMatch(o -> o instanceof COSNumber)) {
            List<Integer> rgb = new ArrayList<>();
            for (COSBase o : operands) {
                rgb.add(Math.round(((COSNumber) o).floatValue() * 255));
            }
            found.add(rgb);
        }
        super.processOperator(operator, operands);
    }
}

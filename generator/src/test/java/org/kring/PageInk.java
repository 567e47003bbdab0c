package org.kring;

import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * How full a printed page looks: how far down its text area the lowest ink reaches (a letter, a box's border,
 * a rule, a picture), 0 at the top of the text area and 1 at its foot. The text area is what print.css's page
 * margins leave (22 mm above, for the running header, and 20 mm below, for the page number).
 */
final class PageInk extends PDFGraphicsStreamEngine {
    private final float height;
    private final float top;
    private final float bottom;
    private final Path2D.Float path = new Path2D.Float();
    private float lowest;

    private PageInk(PDPage page) {
        super(page);
        height = page.getMediaBox().getHeight();
        top = 22 / 25.4f * 72;
        bottom = height - 20 / 25.4f * 72;
        lowest = top;
    }

    static double fill(PDPage page) throws IOException {
        PageInk ink = new PageInk(page);
        ink.processPage(page);
        return (ink.lowest - ink.top) / (ink.bottom - ink.top);
    }

    /** A mark at {@code y} points from the bottom of the page (PDF space), if it is inside the text area. */
    private void mark(double y) {
        double fromTop = height - y;
        if (fromTop > top + 1 && fromTop < bottom - 1 && fromTop > lowest) {
            lowest = (float) fromTop;
        }
    }

    private void markPath() {
        Rectangle2D b = path.getBounds2D();
        if (b.getWidth() > 0 || b.getHeight() > 0) {
            mark(b.getMinY());
        }
        path.reset();
    }

    @Override
    protected void showGlyph(Matrix m, PDFont font, int code, Vector displacement) {
        mark(m.getTranslateY());
    }

    @Override
    public void drawImage(PDImage image) {
        mark(getGraphicsState().getCurrentTransformationMatrix().getTranslateY());
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        path.moveTo(p0.getX(), p0.getY());
        path.lineTo(p1.getX(), p1.getY());
        path.lineTo(p2.getX(), p2.getY());
        path.lineTo(p3.getX(), p3.getY());
        path.closePath();
    }

    @Override
    public void moveTo(float x, float y) {
        path.moveTo(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        path.lineTo(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        path.curveTo(x1, y1, x2, y2, x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        Point2D p = path.getCurrentPoint();
        return p == null ? new Point2D.Float() : p;
    }

    @Override
    public void closePath() {
        path.closePath();
    }

    @Override
    public void endPath() {
        path.reset();
    }

    @Override
    public void strokePath() {
        markPath();
    }

    @Override
    public void fillPath(int windingRule) {
        markPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        markPath();
    }

    @Override
    public void clip(int windingRule) {
        // a clip draws nothing
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // backgrounds draw behind text and boxes, which are marked themselves
    }
}

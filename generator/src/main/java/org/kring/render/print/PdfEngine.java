package org.kring.render.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * HTML to PDF with OpenHTMLToPDF on PDFBox: the bundled fonts, ICU4J for Arabic shaping, bidi and line
 * breaking, Batik for SVG pictures, a tagged PDF (PDF/UA-1), and no network access. The output is
 * reproducible: no dates, and a document ID derived from the content. Thread-safe: each call builds its
 * own renderer.
 */
public final class PdfEngine {
    /** Title, subject and language of a PDF, for its metadata. */
    record Meta(String title, String subject, String language, boolean rtl, String author) {
    }

    /** The PDF and its number of pages. */
    public record Pdf(byte[] bytes, int pages) {
    }

    static {
        // The engine logs every PDF/UA hint through java.util.logging; Kring reports its own problems. Logging
        // stays on, into a logger that prints nothing, because the engine hands its diagnostics to a render's
        // consumer only when it is on: that is where a picture it could not draw shows up.
        com.openhtmltopdf.util.XRLog.setLoggerImpl(new SilentLog());
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(true);
    }

    private final PdfFonts fonts;

    PdfEngine(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * @param html    the page, as HTML (made well-formed here with jsoup)
     * @param baseUri where relative picture paths resolve: a {@code file:} URI of the content folder
     */
    Pdf render(String html, String baseUri, Meta meta, long documentId) {
        org.jsoup.nodes.Document parsed = Jsoup.parse(html, baseUri);
        // An HTML parser puts the engine's <bookmarks> (unknown to HTML) into the body; the engine wants it in
        // the head. Left in the body, its empty elements also cost the RTL layout exponential time.
        for (org.jsoup.nodes.Element bookmarks : parsed.body().select("> bookmarks")) {
            parsed.head().appendChild(bookmarks);
        }
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(parsed);
        Locale locale = Locale.forLanguageTag(meta.language());
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withW3cDocument(dom, baseUri)
                .useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory())
                .useUnicodeBidiReorderer(new ICUBidiReorderer())
                .useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(locale))
                .useUnicodeCharacterBreaker(new ICUBreakers.ICUCharacterBreaker(locale))
                .defaultTextDirection(meta.rtl() ? BaseRendererBuilder.TextDirection.RTL
                        : BaseRendererBuilder.TextDirection.LTR)
                .useSVGDrawer(new BatikSVGDrawer())
                .usePdfUaAccessibility(true)
                .withProducer("Kring")
                // Only local files: no picture or stylesheet is ever fetched from the network.
                .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("file:"),
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        fonts.register(builder);
        PictureTrouble trouble = new PictureTrouble();
        builder.withDiagnosticConsumer(trouble);
        Pdf pdf;
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer();
                PDDocument doc = renderer.createPDFKeepOpen()) {
            makeReproducible(doc, meta, documentId);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out);
            pdf = new Pdf(out.toByteArray(), doc.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw trouble.failure(e);
        }
        // A picture the engine could not draw is left out of the PDF with only a log line: never silently.
        trouble.throwIfAny();
        return pdf;
    }

    /** No dates anywhere, and an ID from the content: the same input gives the same bytes. */
    private static void makeReproducible(PDDocument doc, Meta meta, long documentId) throws IOException {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setCreationDate(null);
        info.setModificationDate(null);
        info.setTitle(meta.title());
        info.setSubject(meta.subject());
        info.setAuthor(meta.author());
        info.setProducer("Kring");
        info.setCreator("Kring");
        doc.getDocumentCatalog().setLanguage(meta.language());
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        try {
            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            dc.setTitle(meta.title());
            dc.setDescription(meta.subject());
            dc.addCreator(meta.author());
            dc.addLanguage(meta.language());
            dc.setFormat("application/pdf");
            AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
            pdf.setProducer("Kring");
            XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
            basic.setCreatorTool("Kring");
            org.apache.xmpbox.schema.XMPSchema ua = new org.apache.xmpbox.schema.XMPSchema(xmp,
                    "http://www.aiim.org/pdfua/ns/id/", "pdfuaid", "PDF/UA identification");
            ua.setIntegerPropertyValueAsSimple("part", 1);
            xmp.addSchema(ua);
            ByteArrayOutputStream x = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, x, true);
            PDMetadata metadata = new PDMetadata(doc);
            metadata.importXMPMetadata(x.toByteArray());
            doc.getDocumentCatalog().setMetadata(metadata);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException(e);
        }
        doc.setDocumentId(documentId);
    }
}

package org.kring.render.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import org.xml.sax.SAXParseException;

/**
 * What the PDF engine says, while it makes one PDF, about pictures it could not load or draw. The engine
 * leaves such a picture out and logs a line; some damage makes it throw instead, deep in Batik or an image
 * decoder. Either way the picture check of the validation stage should have caught it first, so this is the
 * safety net: it turns both into a {@link PictureFailure} that names the picture, never a silent gap on paper
 * or an "internal error".
 */
final class PictureTrouble implements Consumer<Diagnostic> {
    /** By name, as the engine's documentation lists them ({@code PdfEnginePicturesTest} checks they exist). */
    static final Set<String> PICTURE_IDS = Set.of("EXCEPTION_SVG_COULD_NOT_DRAW",
            "LOAD_UNRECOGNIZED_IMAGE_FORMAT_FOR_URI", "LOAD_SVG_IMAGE_HAS_NO_USABLE_SIZE",
            "EXCEPTION_SVG_ERROR_HANDLER",
            "EXCEPTION_CANT_READ_IMAGE_FILE_FOR_URI", "EXCEPTION_CANT_READ_IMAGE_FILE_FOR_URI_NOT_FOUND",
            "EXCEPTION_FAILED_TO_LOAD_BACKGROUND_IMAGE_AT_URI", "EXCEPTION_SVG_EXTERNAL_RESOURCE_NOT_ALLOWED",
            "EXCEPTION_SVG_SCRIPT_NOT_ALLOWED", "EXCEPTION_URI_SYNTAX_WHILE_LOADING_EXTERNAL_SVG_RESOURCE");
    /** Where code that reads or draws pictures lives; an exception thrown from there is a picture's. */
    private static final List<String> PICTURE_CODE = List.of("org.apache.batik.", "com.openhtmltopdf.svgsupport.",
            "javax.imageio.", "com.sun.imageio.", "org.apache.pdfbox.pdmodel.graphics.image.");

    private final List<Diagnostic> found = new ArrayList<>();

    @Override
    public void accept(Diagnostic d) {
        String id = d.getLogMessageId().getEnum().name();
        // Batik reports what it cannot draw as a general message at SEVERE, with its exception.
        boolean batik = id.equals("GENERAL_MESSAGE") && d.getLevel().intValue() >= Level.SEVERE.intValue()
                && d.getError() != null && fromPicture(d.getError());
        if (PICTURE_IDS.contains(id) || batik) {
            found.add(d);
        }
    }

    /** Throws for the first picture the engine had trouble with, if any. */
    void throwIfAny() {
        if (!found.isEmpty()) {
            Diagnostic d = found.get(0);
            throw new PictureFailure(uriOf(d), reasonOf(d), d.getError());
        }
    }

    /** The exception to throw for one the engine threw: a {@link PictureFailure} when a picture caused it. */
    RuntimeException failure(RuntimeException e) {
        if (!fromPicture(e)) {
            return e;
        }
        String uri = null;
        for (Diagnostic d : found) {
            uri = uri == null ? uriOf(d) : uri;
        }
        return new PictureFailure(uri, reason(e), e);
    }

    private static boolean fromPicture(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // The page is a DOM already: only an SVG picture is parsed as XML.
            if (t instanceof SAXParseException
                    || String.valueOf(t.getMessage()).startsWith("Can't load the XML resource")) {
                return true;
            }
            for (StackTraceElement frame : t.getStackTrace()) {
                for (String p : PICTURE_CODE) {
                    if (frame.getClassName().startsWith(p)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String uriOf(Diagnostic d) {
        Object[] args = d.getArgs();
        if (args != null) {
            for (Object a : args) {
                if (a instanceof String s && s.startsWith("file:")) {
                    return s;
                }
            }
        }
        return null;
    }

    private static String reasonOf(Diagnostic d) {
        String id = d.getLogMessageId().getEnum().name();
        String what = switch (id) {
            case "LOAD_UNRECOGNIZED_IMAGE_FORMAT_FOR_URI" -> "its format is not one PDFs can hold";
            case "LOAD_SVG_IMAGE_HAS_NO_USABLE_SIZE" -> "it has no size: give the <svg> a viewBox";
            case "EXCEPTION_SVG_EXTERNAL_RESOURCE_NOT_ALLOWED" -> "it refers to something outside itself ("
                    + String.valueOf(d.getArgs()[0]) + ")";
            case "EXCEPTION_SVG_SCRIPT_NOT_ALLOWED" -> "it holds script";
            default -> null;
        };
        if (what != null) {
            return what;
        }
        return d.getError() != null ? reason(d.getError())
                : d.getFormattedMessage().lines().findFirst().orElse("").strip();
    }

    /** The innermost message that says something, in one line ("line 3: ..." for broken XML). */
    static String reason(Throwable e) {
        String message = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SAXParseException x) {
                return "line " + x.getLineNumber() + ": " + oneLine(x.getMessage());
            }
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        // Batik starts its messages with the document's address and line ("null:-1"), then the reason.
        return oneLine(message.replaceFirst("^\\S*:-?\\d+\\s*\\n", ""));
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}

package org.kring.render.print;

import java.util.List;

import org.kring.model.Content;

/**
 * How much of a printed product a language's own translation covers; it decides whether the product is
 * printed in that language at all. A PDF under {@code pdf/<lang>/} is in {@code <lang>}: a session that is
 * only shown in another language (its {@link org.kring.model.Origin#fallback()}) gets no PDF there, and the
 * language's pages offer the edition of the language its text is in instead ({@link DownloadOffers}).
 *
 * <p>A product made of several documents (a programme manual, the recommendations booklet, a course pack) has
 * a <em>frame</em>, the document whose title and introduction its cover prints (the programme, the course;
 * the booklet has none: its cover is interface strings), and <em>parts</em> (sessions, recommendations,
 * modules and practised guides). It is made in a language when the frame is translated and at least one part
 * is: a team sees its work in print as soon as a first session is done. The parts still in another language
 * are printed in it, marked with {@code lang}, each with its notice, and the cover lists them.
 */
public enum PrintCoverage {
    /** Everything is in the language: the product is made in it. */
    WHOLE,
    /** The frame and some parts are in the language, other parts are not: made, the cover names the others. */
    PARTLY,
    /** The language's own translation has too little of it: not made in this language. */
    NONE;

    /**
     * @param frame the document the cover prints, or null for a product whose cover is interface strings
     * @param parts the documents the product collects; empty for a single document (a session's PDFs)
     */
    public static PrintCoverage of(Content frame, List<? extends Content> parts) {
        if (frame != null && frame.origin().fallback()) {
            return NONE;
        }
        if (parts.isEmpty()) {
            return frame == null ? NONE : WHOLE;
        }
        long translated = parts.stream().filter(p -> !p.origin().fallback()).count();
        if (translated == 0) {
            return NONE;
        }
        return translated == parts.size() ? WHOLE : PARTLY;
    }

    public boolean made() {
        return this != NONE;
    }
}

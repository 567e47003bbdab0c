package org.kring.render.print;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kring.model.ContentKind;
import org.kring.model.Course;
import org.kring.model.Curriculum;
import org.kring.model.LocalizedContent;

/**
 * What each language's pages offer for download: the language's own PDFs, and for a product not made in it
 * (not yet translated, see {@link PrintCoverage}) the edition of the first language in its fallback chain
 * that has one, which the pages label as being in that language. A course pack is offered only in the
 * languages the course is given in, as before; an edition of a language this build does not make (a build
 * with {@code --lang}) is not offered, since its file would not be there.
 */
public final class DownloadOffers {
    private DownloadOffers() {
    }

    /** @return per language code, its PDFs and then the ones it borrows, each group in path order */
    public static Map<String, List<PdfFile>> of(Curriculum curriculum, List<PdfFile> made) {
        Map<String, List<PdfFile>> own = new HashMap<>();
        for (PdfFile f : made) {
            own.computeIfAbsent(f.lang(), k -> new ArrayList<>()).add(f);
        }
        Map<String, List<PdfFile>> out = new LinkedHashMap<>();
        for (LocalizedContent l : curriculum.locales()) {
            List<PdfFile> files = new ArrayList<>(own.getOrDefault(l.code(), List.of()));
            files.sort(Comparator.comparing(PdfFile::path));
            Set<String> have = new HashSet<>();
            files.forEach(f -> have.add(product(f)));
            List<PdfFile> borrowed = new ArrayList<>();
            for (String other : l.language().chain().subList(1, l.language().chain().size())) {
                for (PdfFile f : own.getOrDefault(other, List.of())) {
                    if (shownIn(l, f) && have.add(product(f))) {
                        borrowed.add(f);
                    }
                }
            }
            borrowed.sort(Comparator.comparing(PdfFile::path));
            files.addAll(borrowed);
            if (!files.isEmpty()) {
                out.put(l.code(), List.copyOf(files));
            }
        }
        return out;
    }

    private static String product(PdfFile f) {
        return f.key() + "\u0000" + f.edition();
    }

    private static boolean shownIn(LocalizedContent l, PdfFile f) {
        if (f.key().kind() != ContentKind.COURSE) {
            return true;
        }
        Course c = l.course(f.key().id());
        return c != null && c.givenIn(l.code());
    }
}

package org.kring.translate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Brings a PO file up to date with its template the way {@code msgmerge --previous} does, so a team can use
 * either tool and get the same entries: an entry whose text is unchanged keeps its translation, flags and
 * translator comments and takes the template's comments and references; a new text takes the translation of
 * the most similar old entry, marked fuzzy with the old text as {@code #| msgid}; a new text like nothing
 * old is empty; an old entry nothing used becomes obsolete ({@code #~}) when it holds a translation, so no
 * translator's work is dropped. Obsolete entries come back when their text does.
 *
 * <p>One addition msgmerge cannot make: Kring knows, from a file's translation record, which old paragraph a
 * rewritten one replaced, even when the two are too different for msgmerge to pair them. When msgmerge would
 * leave such an entry empty, the old entry's translation is offered as the fuzzy suggestion instead.
 */
public final class PoMerge {
    private PoMerge() {
    }

    /**
     * @param old      the PO file's entries (obsolete ones included), in file order
     * @param template the template's entries, in order
     * @param replaced for a template entry, the old source text Kring's record says it replaced (or null)
     * @return the updated entries: the template's, in its order, then the obsolete ones
     */
    public static List<PoCatalog.Entry> merge(List<PoCatalog.Entry> old, List<PoCatalog.Entry> template,
            Function<PoCatalog.Entry, String> replaced) {
        Map<String, PoCatalog.Entry> exact = new HashMap<>();
        for (PoCatalog.Entry e : old) {
            // An active entry wins over an obsolete one with the same text.
            exact.merge(e.key(), e, (a, b) -> a.obsolete() ? b : a);
        }
        PoFuzzySearch similar = new PoFuzzySearch(old);
        Set<PoCatalog.Entry> used = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<PoCatalog.Entry> out = new ArrayList<>();
        List<Integer> unmatched = new ArrayList<>();
        for (PoCatalog.Entry ref : template) {
            PoCatalog.Entry def = exact.get(ref.key());
            if (def != null) {
                used.add(def);
                out.add(merged(def, ref, false));
                continue;
            }
            def = similar.find(ref.context(), ref.id());
            if (def != null) {
                used.add(def);
                out.add(merged(def, ref, true));
            } else {
                out.add(ref);
                unmatched.add(out.size() - 1);
            }
        }
        // Kring's own pairing, only where msgmerge found nothing and only with an old entry nothing else used.
        Map<String, PoCatalog.Entry> byKey = new HashMap<>();
        Map<String, PoCatalog.Entry> byText = new HashMap<>();
        for (PoCatalog.Entry e : old) {
            if (!e.str().isEmpty() && !used.contains(e)) {
                byKey.putIfAbsent(e.key(), e);
                byText.putIfAbsent(e.id(), e);
            }
        }
        for (int i : unmatched) {
            PoCatalog.Entry ref = out.get(i);
            String before = replaced.apply(ref);
            PoCatalog.Entry def = before == null ? null
                    : byKey.getOrDefault(PoCatalog.Entry.key(ref.context(), before), byText.get(before));
            if (def != null && !used.contains(def)) {
                used.add(def);
                out.set(i, merged(def, ref, true));
            }
        }
        for (PoCatalog.Entry e : old) {
            if (!used.contains(e) && !e.str().isEmpty()) {
                out.add(new PoCatalog.Entry(e.translatorComments(), List.of(), List.of(), e.flags(),
                        e.previousContext(), e.previousId(), e.context(), e.id(), e.str(), true, 0));
            }
        }
        return out;
    }

    /**
     * An old entry (def) carried over to a template entry (ref): the translation, the fuzzy mark and the
     * translator's comments from the old, the rest from the template. The previous text is what the
     * translation was made from: the old entry's own text, or its previous text if it was unconfirmed.
     */
    private static PoCatalog.Entry merged(PoCatalog.Entry def, PoCatalog.Entry ref, boolean fuzzyMatch) {
        boolean fuzzy = def.fuzzy() || fuzzyMatch;
        String prevContext = def.fuzzy() ? def.previousContext() : def.context();
        String prevId = def.fuzzy() ? def.previousId() : def.id();
        List<String> flags = new ArrayList<>();
        if (fuzzy) {
            flags.add("fuzzy");
        }
        for (String f : ref.flags()) {
            if (!f.equals("fuzzy")) {
                flags.add(f);
            }
        }
        boolean keepPrevious = fuzzy && !def.str().isEmpty();
        return new PoCatalog.Entry(def.translatorComments(), ref.extractedComments(), ref.references(), flags,
                keepPrevious ? prevContext : null, keepPrevious ? prevId : null, ref.context(), ref.id(), def.str(),
                false, def.line());
    }
}

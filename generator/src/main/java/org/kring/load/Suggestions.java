package org.kring.load;

import java.util.Collection;
import java.util.Locale;

import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean ...?" for misspelt keys and ids. */
public final class Suggestions {
    private Suggestions() {
    }

    /** The closest candidate within a small edit distance, formatted as a message suffix, or "". */
    public static String didYouMean(String wrong, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String w = wrong.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            int d = distance(w, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance || (d == bestDistance && best != null && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = d;
            }
        }
        int allowed = wrong.length() <= 3 ? 1 : Math.max(2, wrong.length() / 3);
        if (best != null && bestDistance <= allowed) {
            return " (did you mean '" + best + "'?)";
        }
        // "direction" for "dir": a known key that the wrong one starts with.
        for (String candidate : candidates) {
            if (candidate.length() >= 3 && w.startsWith(candidate.toLowerCase(Locale.ROOT))) {
                return " (did you mean '" + candidate + "'?)";
            }
        }
        return "";
    }

    /** Levenshtein distance (commons-text): insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        return LEVENSHTEIN.apply(a, b);
    }

    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();
}

package org.kring.load;

import java.util.Collection;
import java.util.Locale;

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

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

package org.kring.translate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds, for a source text that has no entry of its own, the old entry whose text is most like it, the way
 * GNU msgmerge does, so that Kring's update and msgmerge's agree entry for entry (a team may run either,
 * and Weblate can run msgmerge itself). The measure is gettext's {@code fstrcmp}: twice the longest common
 * subsequence of the two texts' bytes over their total length, at least 0.6, with a tiny bonus for the same
 * msgctxt. Like msgmerge, only translated old entries are candidates, and only those sharing a four-character
 * sequence with the text (texts under four characters are compared with short old texts of a similar length).
 */
final class PoFuzzySearch {
    /** gettext's FUZZY_THRESHOLD. */
    static final double THRESHOLD = 0.6;
    /** What msgmerge adds for an old entry of the same (or no) msgctxt, so that it wins a tie. */
    private static final double SAME_CONTEXT_BONUS = 0.00001;
    /** Texts under four characters (of at most four bytes each) are looked up by length, not by 4-grams. */
    private static final int SHORT_MAX_BYTES = 3 * 4;
    private static final int SHORT_MSG_MAX = (int) (SHORT_MAX_BYTES * (2 / THRESHOLD - 1));

    private final List<PoCatalog.Entry> candidates;
    private final List<byte[]> bytes = new ArrayList<>();
    private final Map<String, List<Integer>> grams = new HashMap<>();
    private final Map<Integer, List<Integer>> shortByLength = new HashMap<>();

    /** @param old the old file's entries in file order (obsolete ones too); untranslated ones are skipped */
    PoFuzzySearch(List<PoCatalog.Entry> old) {
        this.candidates = old;
    }

    /** Indexes the old entries on first use: most updates find every text unchanged and never search. */
    private void index() {
        if (!bytes.isEmpty() || candidates.isEmpty()) {
            return;
        }
        List<PoCatalog.Entry> old = candidates;
        for (int i = 0; i < old.size(); i++) {
            PoCatalog.Entry e = old.get(i);
            byte[] b = e.id().getBytes(StandardCharsets.UTF_8);
            bytes.add(b);
            if (e.str().isEmpty() || e.header()) {
                continue;
            }
            for (String g : fourGrams(e.id())) {
                List<Integer> list = grams.computeIfAbsent(g, k -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != i) {
                    list.add(i);
                }
            }
            if (b.length <= SHORT_MSG_MAX) {
                shortByLength.computeIfAbsent(b.length, k -> new ArrayList<>()).add(i);
            }
        }
    }

    /** The most similar translated old entry for a new text, or null when none is similar enough. */
    PoCatalog.Entry find(String context, String id) {
        index();
        byte[] text = id.getBytes(StandardCharsets.UTF_8);
        List<Integer> order = new ArrayList<>();
        List<String> own = fourGrams(id);
        if (!own.isEmpty()) {
            // Candidates in msgmerge's order: most shared 4-grams first, then file order. The order decides
            // between two equally similar entries.
            Map<Integer, Integer> count = new HashMap<>();
            for (String g : own) {
                for (int i : grams.getOrDefault(g, List.of())) {
                    count.merge(i, 1, Integer::sum);
                }
            }
            order.addAll(count.keySet());
            order.sort(Comparator.<Integer>comparingInt(i -> -count.get(i)).thenComparingInt(i -> i));
        } else {
            int l = text.length;
            int min = (int) Math.ceil(l / (2 / THRESHOLD - 1));
            int max = (int) (l * (2 / THRESHOLD - 1));
            for (int len = min; len <= max; len++) {
                order.addAll(shortByLength.getOrDefault(len, List.of()));
            }
        }
        double best = THRESHOLD;
        PoCatalog.Entry found = null;
        for (int i : order) {
            PoCatalog.Entry e = candidates.get(i);
            boolean bonus = e.context() == null || Objects.equals(e.context(), context);
            double bound = bonus ? best - SAME_CONTEXT_BONUS * 1.01 : best;
            double weight = similarity(text, bytes.get(i), bound) + (bonus ? SAME_CONTEXT_BONUS : 0);
            if (weight > best) {
                best = weight;
                found = e;
            }
        }
        return found;
    }

    /** The text's sequences of four characters (code points), in order, repeats included. */
    private static List<String> fourGrams(String s) {
        int[] cps = s.codePoints().toArray();
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 4 <= cps.length; i++) {
            out.add(new String(cps, i, 4));
        }
        return out;
    }

    /**
     * gettext's fstrcmp: (|a| + |b| - edits) / (|a| + |b|), edits being the fewest insertions and deletions
     * that turn one into the other; 0 as soon as the result is sure to be below {@code lowerBound}.
     */
    static double similarity(byte[] a, byte[] b, double lowerBound) {
        int n = a.length;
        int m = b.length;
        int sum = n + m;
        if (n == 0 || m == 0) {
            return sum == 0 ? 1 : 0;
        }
        if (lowerBound > 0) {
            if (2.0 * Math.min(n, m) / sum < lowerBound) {
                return 0;
            }
            if (sum >= 20) {
                int[] occ = new int[256];
                for (byte x : a) {
                    occ[x & 0xff]++;
                }
                for (byte y : b) {
                    occ[y & 0xff]--;
                }
                long diff = 0;
                for (int d : occ) {
                    diff += Math.abs(d);
                }
                if (1.0 - (double) diff / sum < lowerBound) {
                    return 0;
                }
            }
        }
        int limit = lowerBound < 1.0 ? (int) (sum * (1.0 - lowerBound + 0.000001)) : 0;
        int edits = editDistance(a, b, Math.min(limit, sum));
        return edits < 0 ? 0 : (double) (sum - edits) / sum;
    }

    /**
     * The fewest insertions and deletions from {@code a} to {@code b} (Myers' O(ND) greedy search), or -1
     * when more than {@code max} are needed.
     */
    private static int editDistance(byte[] a, byte[] b, int max) {
        int n = a.length;
        int m = b.length;
        int offset = max + 1;
        int[] v = new int[2 * max + 3];
        for (int d = 0; d <= max; d++) {
            for (int k = -d; k <= d; k += 2) {
                int x;
                if (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) {
                    x = v[offset + k + 1];
                } else {
                    x = v[offset + k - 1] + 1;
                }
                int y = x - k;
                while (x < n && y < m && a[x] == b[y]) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    return d;
                }
            }
        }
        return -1;
    }
}

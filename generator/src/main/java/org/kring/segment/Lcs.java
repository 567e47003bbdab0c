package org.kring.segment;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Longest common subsequence of two lists of texts, for lining up an old source with the new one. */
final class Lcs {
    private Lcs() {
    }

    /** For each item of {@code b}, the index of the equal item of {@code a} it is matched with, or -1. */
    static int[] align(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] len = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                len[i][j] = a.get(i) != null && Objects.equals(a.get(i), b.get(j)) ? len[i + 1][j + 1] + 1
                        : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        int[] match = new int[m];
        Arrays.fill(match, -1);
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i) != null && Objects.equals(a.get(i), b.get(j))) {
                match[j] = i;
                i++;
                j++;
            } else if (len[i + 1][j] >= len[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return match;
    }
}

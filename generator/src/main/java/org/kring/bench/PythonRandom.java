package org.kring.bench;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * Python's {@code random.Random} (CPython 3.2 and later), only as far as the reference corpus uses it: seeded
 * with a text, {@code random()}, {@code randrange(n)}, {@code randint}, {@code choice} and {@code sample} for a
 * small population. Every draw is the one Python makes, so the corpus is the one {@code make-corpus.py} writes,
 * byte for byte, and timings stay comparable with the Hugo side and with earlier runs.
 */
final class PythonRandom {
    private static final int N = 624;
    private static final int M = 397;
    private final int[] mt = new int[N];
    private int index;

    /** {@code random.Random(seed)} for a str seed: version 2 seeding, the text and its SHA-512 as one integer. */
    PythonRandom(String seed) {
        byte[] text = seed.getBytes(StandardCharsets.UTF_8);
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-512").digest(text);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-512", e);
        }
        byte[] all = new byte[text.length + digest.length];
        System.arraycopy(text, 0, all, 0, text.length);
        System.arraycopy(digest, 0, all, text.length, digest.length);
        BigInteger a = new BigInteger(1, all);
        // CPython hands init_by_array the integer's 32-bit words, least significant first.
        int words = Math.max(1, (a.bitLength() + 31) / 32);
        int[] key = new int[words];
        for (int i = 0; i < words; i++) {
            key[i] = a.shiftRight(32 * i).intValue();
        }
        initByArray(key);
    }

    private void initGenrand(int s) {
        mt[0] = s;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    private void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
    }

    private int next32() {
        if (index >= N) {
            for (int k = 0; k < N; k++) {
                int y = (mt[k] & 0x80000000) | (mt[(k + 1) % N] & 0x7fffffff);
                mt[k] = mt[(k + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            }
            index = 0;
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    /** {@code random()}: 53 random bits from two draws. */
    double random() {
        long a = (next32() >>> 5) & 0xffffffffL;
        long b = (next32() >>> 6) & 0xffffffffL;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** {@code randrange(n)}: Python draws as many bits as n has and tries again when the number is too big. */
    int below(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("empty range");
        }
        int k = 32 - Integer.numberOfLeadingZeros(n);
        long r;
        do {
            r = (next32() & 0xffffffffL) >>> (32 - k);
        } while (r >= n);
        return (int) r;
    }

    /** {@code randint(a, b)}, both ends included. */
    int between(int a, int b) {
        return a + below(b - a + 1);
    }

    <T> T choice(List<T> items) {
        return items.get(below(items.size()));
    }

    /**
     * {@code sample(population, k)} the way Python takes it from a population of at most 21 (a pool it draws
     * from and refills from its end); larger populations take another path this corpus never needs.
     */
    <T> List<T> sample(List<T> population, int k) {
        int n = population.size();
        if (n > 21 || k > 5 || k > n) {
            throw new IllegalArgumentException("only small samples are Python's: " + k + " of " + n);
        }
        List<T> pool = new ArrayList<>(population);
        List<T> result = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            int j = below(n - i);
            result.add(pool.get(j));
            pool.set(j, pool.get(n - i - 1));
        }
        return result;
    }
}

package org.kring.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.kring.ContentException;
import org.kring.Problem;

/**
 * Runs work items on all cores and returns only when every started item has finished, so that after a
 * failure no thread is still writing into a folder that is being cleaned up. The problems of all failed
 * items are reported together; after the first failure, items not yet started are skipped.
 */
public final class Parallel {
    private Parallel() {
    }

    public static <T> void forEach(List<T> items, Consumer<T> action) {
        List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean failed = new AtomicBoolean();
        items.parallelStream().forEach(item -> {
            if (failed.get()) {
                return;
            }
            try {
                action.accept(item);
            } catch (Throwable t) {
                failed.set(true);
                errors.add(t);
            }
        });
        if (errors.isEmpty()) {
            return;
        }
        List<Problem> problems = new ArrayList<>();
        for (Throwable t : errors) {
            if (t instanceof ContentException ce) {
                problems.addAll(ce.problems());
            } else if (t instanceof RuntimeException re) {
                throw re;
            } else if (t instanceof Error e) {
                throw e;
            } else {
                throw new IllegalStateException(t);
            }
        }
        throw new ContentException(problems.stream().distinct().sorted().toList());
    }
}

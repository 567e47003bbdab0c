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
        items.parallelStream().forEach(item -> run(item, action, failed, errors));
        report(errors);
    }

    /**
     * As {@link #forEach(List, Consumer)}, on {@code threads} threads of its own that start the items one by one
     * in the list's order: for items that mostly wait (on the browser), where the order matters (the longest
     * first, so no thread is left with a long one at the end) and more threads than cores keep it busy.
     */
    public static <T> void forEachInOrder(List<T> items, int threads, Consumer<T> action) {
        List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean failed = new AtomicBoolean();
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                run(items.get(i), action, failed, errors);
            }
        };
        List<Thread> started = new ArrayList<>();
        for (int t = 1; t < Math.min(threads, items.size()); t++) {
            Thread thread = new Thread(worker, "kring-worker-" + t);
            thread.setDaemon(true);
            thread.start();
            started.add(thread);
        }
        worker.run();
        for (Thread thread : started) {
            boolean interrupted = false;
            while (true) {
                try {
                    thread.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // every started item finishes before the folder may be cleaned up
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        report(errors);
    }

    private static <T> void run(T item, Consumer<T> action, AtomicBoolean failed, List<Throwable> errors) {
        if (failed.get()) {
            return;
        }
        try {
            action.accept(item);
        } catch (Throwable t) {
            failed.set(true);
            errors.add(t);
        }
    }

    private static void report(List<Throwable> errors) {
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

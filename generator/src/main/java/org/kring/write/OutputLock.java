package org.kring.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.kring.ContentException;
import org.kring.Problem;

/**
 * One build at a time per output folder: two builds writing one folder at once each swap in their own
 * staging folder and leave a site with whole languages missing. The lock is a file beside the output's
 * manifest (in the cache folder); a second build waits for the first, then goes on.
 */
final class OutputLock {
    /** How long a second build waits for the first before it gives up. */
    private static final long WAIT_MILLIS = 10 * 60 * 1000;

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static OutputLock take(Path manifestFile, Path out) {
        Path file = manifestFile.resolveSibling(manifestFile.getFileName() + ".lock");
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            long deadline = System.currentTimeMillis() + WAIT_MILLIS;
            while (true) {
                FileLock l;
                try {
                    l = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    l = null; // another build in this JVM holds it
                }
                if (l != null) {
                    return new OutputLock(channel, l);
                }
                if (System.currentTimeMillis() > deadline) {
                    channel.close();
                    throw new ContentException(Problem.error(out.toString(), 0, "another build has been writing "
                            + "to this folder for 10 minutes; try again when it is done"));
                }
                Thread.sleep(50);
            }
        } catch (IOException e) {
            throw Failures.io("cannot lock the output folder " + out + " (in " + file.getParent() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ContentException(Problem.error(out.toString(), 0, "interrupted while waiting for another "
                    + "build to finish"));
        }
    }

    void release() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException e) {
            // The lock goes with the process at the latest.
        }
    }
}

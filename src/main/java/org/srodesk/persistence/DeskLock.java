package org.srodesk.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock beside the database file so that a second copy of SRO Desk — in another
 * process or in this one — is told plainly that the file is in use, before H2 is even asked.
 * The operating system releases the lock if the process dies.
 */
final class DeskLock {

    private final FileChannel channel;
    private final FileLock lock;

    private DeskLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DeskLock acquire(Path lockFile, Path dataFile) {
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new DatabaseOpenException(DatabaseOpenException.Problem.NOT_ACCESSIBLE,
                    "The folder of " + dataFile + " cannot be written by this user (" + e.getMessage() + ").", e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(dataFile, null);
            }
            return new DeskLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw inUse(dataFile, e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new DatabaseOpenException(DatabaseOpenException.Problem.NOT_ACCESSIBLE,
                    "The database file " + dataFile + " cannot be locked: " + e.getMessage(), e);
        } catch (DatabaseOpenException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static DatabaseOpenException inUse(Path dataFile, Exception cause) {
        return new DatabaseOpenException(DatabaseOpenException.Problem.IN_USE,
                "The database " + dataFile + " is already open in another copy of SRO Desk. "
                        + "Close the other copy, or choose another file.", cause);
    }

    void release() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // The channel close below releases it as well.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing more to release.
        }
    }
}

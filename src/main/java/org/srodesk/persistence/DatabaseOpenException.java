package org.srodesk.persistence;

/**
 * The database could not be opened. {@link #problem()} says why in terms a user can act on;
 * the message is a sentence fit for a dialog.
 */
public final class DatabaseOpenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why opening failed. */
    public enum Problem {
        /** Another running copy of SRO Desk (or another program) holds the file. */
        IN_USE,
        /** The file or its folder cannot be read. */
        NOT_ACCESSIBLE,
        /** The file or its folder can be read but not written: it may be opened read-only. */
        READ_ONLY,
        /** The file is damaged or is not an SRO Desk database. */
        CORRUPT,
        /** The file was made by a newer version of SRO Desk (its schema is ahead of this build). */
        NEWER_VERSION,
        /** The file is missing although a database was used here before (its lock file or backups remain). */
        MISSING,
        /** The disk is full: the file could not be opened or upgraded, nothing was changed. */
        DISK_FULL,
        /**
         * The file is encrypted and cannot be opened as it is: its passphrase was not given, or its
         * key file ({@link FileEncryption}) is missing, damaged or does not match it.
         */
        ENCRYPTED,
        /** Anything else: the message carries the driver's words. */
        OTHER
    }

    private final Problem problem;

    public DatabaseOpenException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}

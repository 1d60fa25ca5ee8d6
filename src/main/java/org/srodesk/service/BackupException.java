package org.srodesk.service;

/** A backup could not be written, or a backup file cannot be restored; the message is a sentence for a dialog. */
public final class BackupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}

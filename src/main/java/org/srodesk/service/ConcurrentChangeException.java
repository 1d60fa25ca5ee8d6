package org.srodesk.service;

/**
 * Someone else (another desk, or another window) changed the record after it was read: nothing
 * was written; reload and decide again.
 */
public final class ConcurrentChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(String message) {
        super(message);
    }
}

package org.srodesk.service;

/** A change of posting that cannot be made; the message is written for the sergeant. */
public final class AssignmentChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AssignmentChangeException(String message) {
        super(message);
    }
}

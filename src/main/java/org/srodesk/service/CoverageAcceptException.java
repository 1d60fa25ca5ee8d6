package org.srodesk.service;

/**
 * The database refused a coverage plan being accepted (a rule the plan breaks, or a change made on
 * another desk meanwhile); nothing was written. The message is a sentence for the sergeant.
 */
public final class CoverageAcceptException extends RuntimeException {

    public CoverageAcceptException(String message, Throwable cause) {
        super(message, cause);
    }
}

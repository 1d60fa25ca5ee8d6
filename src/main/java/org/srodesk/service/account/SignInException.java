package org.srodesk.service.account;

import java.time.Instant;

/** A refused sign-in or unlock, with the reason; the failure and its audit row are already committed. */
public final class SignInException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the sign-in was refused. */
    public enum Reason {
        /** Unknown user name or wrong password (the message does not say which). */
        WRONG_CREDENTIALS,
        /** Five failures in a row: refused until {@link #lockedUntil()}. */
        LOCKED,
        /** The account was deactivated by an administrator. */
        INACTIVE
    }

    private final Reason reason;
    private final transient Instant lockedUntil;

    SignInException(Reason reason, String message, Instant lockedUntil) {
        super(message);
        this.reason = reason;
        this.lockedUntil = lockedUntil;
    }

    public Reason reason() {
        return reason;
    }

    /** For {@link Reason#LOCKED}: when sign-in opens again; else null. */
    public Instant lockedUntil() {
        return lockedUntil;
    }
}

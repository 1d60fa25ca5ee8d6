package org.srodesk.service;

import org.srodesk.domain.timeoff.PrincipalNotice;

/**
 * What happened to one notice: sent, saved as a file, failed (queued for retry), or waiting for
 * the SMTP password.
 *
 * @param message a sentence for the user
 */
public record DeliveryResult(PrincipalNotice notice, Outcome outcome, String message) {

    public enum Outcome { SENT, SAVED, FAILED, NEEDS_PASSWORD, ALREADY_DELIVERED }

    public boolean delivered() {
        return outcome == Outcome.SENT || outcome == Outcome.SAVED;
    }
}

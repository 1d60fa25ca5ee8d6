package org.srodesk.export.notice;

import java.util.Objects;

/** An e-mail ready to send: to whom, the subject line and the plain-text body. */
public record NoticeDraft(String recipient, String subject, String body) {
    public NoticeDraft {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}

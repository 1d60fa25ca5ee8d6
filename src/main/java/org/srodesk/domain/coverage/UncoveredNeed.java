package org.srodesk.domain.coverage;

import java.util.Objects;

/** A need-day left without a rover, why, and the sentence the roster and the principal's PDF show. */
public record UncoveredNeed(NeedDay need, UncoveredReason reason, String explanation) {
    public UncoveredNeed {
        Objects.requireNonNull(need, "need");
        Objects.requireNonNull(reason, "reason");
        explanation = explanation == null ? "" : explanation;
    }
}

package org.srodesk.service;

import java.util.Optional;

import org.srodesk.domain.TimeOffRequest;
import org.srodesk.domain.timeoff.PrincipalNotice;

/**
 * The committed result of entering or deciding a request.
 *
 * @param notice      the principal's notice queued with it, to preview and send
 * @param noticeGap   why no notice was queued when one was due (no school, no principal e-mail), or ""
 */
public record DecisionOutcome(TimeOffRequest request, Optional<PrincipalNotice> notice, String noticeGap) {
    public DecisionOutcome {
        noticeGap = noticeGap == null ? "" : noticeGap;
    }
}

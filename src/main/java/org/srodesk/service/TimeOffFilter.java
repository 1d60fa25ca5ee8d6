package org.srodesk.service;

import java.time.LocalDate;

import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.TimeOffStatus;

/** Which requests the time-off list shows; null fields match everything. */
public record TimeOffFilter(TimeOffStatus status, TimeOffKind kind, Long officerId, LocalDate from, LocalDate to) {

    public static final TimeOffFilter ALL = new TimeOffFilter(null, null, null, null, null);
}

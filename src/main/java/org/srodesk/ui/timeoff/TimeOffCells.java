package org.srodesk.ui.timeoff;

import javafx.util.StringConverter;

import org.srodesk.domain.Officer;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.TimeOffRequest;
import org.srodesk.domain.TimeOffStatus;
import org.srodesk.domain.timeoff.FindingSeverity;
import org.srodesk.ui.common.DateLabels;
import org.srodesk.ui.common.OfficerNames;

/** How the time-off screen writes officers, kinds, statuses and periods. */
final class TimeOffCells {

    private TimeOffCells() {
    }

    static StringConverter<Officer> officerConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(Officer officer) {
                return officer == null ? "All officers" : OfficerNames.withBadge(officer);
            }

            @Override
            public Officer fromString(String text) {
                return null;
            }
        };
    }

    static StringConverter<TimeOffKind> kindConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(TimeOffKind kind) {
                return kind == null ? "All kinds" : kind.label();
            }

            @Override
            public TimeOffKind fromString(String text) {
                return null;
            }
        };
    }

    static StringConverter<TimeOffStatus> statusConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(TimeOffStatus status) {
                return status == null ? "All statuses" : status(status);
            }

            @Override
            public TimeOffStatus fromString(String text) {
                return null;
            }
        };
    }

    static String status(TimeOffStatus status) {
        return switch (status) {
            case REQUESTED -> "Pending";
            case APPROVED -> "Approved";
            case DENIED -> "Denied";
            case CANCELLED -> "Cancelled";
        };
    }

    /** "3–5 Mar 2026", or "5 Mar 2026, 08:00–12:00" for a partial day. */
    static String period(TimeOffRequest request) {
        String days = DateLabels.range(request.range());
        return request.isPartialDay() ? days + ", " + request.partialStart() + "–" + request.partialEnd() : days;
    }

    static String severityStyle(FindingSeverity severity) {
        return switch (severity) {
            case INFO -> "sro-finding-info";
            case WARNING -> "sro-finding-warning";
            case BLOCKING_UNTIL_JUSTIFIED -> "sro-finding-blocking";
        };
    }
}

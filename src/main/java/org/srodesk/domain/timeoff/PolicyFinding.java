package org.srodesk.domain.timeoff;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One thing the sergeant should know before deciding a time-off request.
 *
 * @param sentence what it means, in words a sergeant uses ("Central High would be without its SRO on …")
 * @param dates    the days concerned, in order (may be empty, e.g. for late notice)
 */
public record PolicyFinding(FindingType type, FindingSeverity severity, String sentence, List<LocalDate> dates) {

    public PolicyFinding {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(sentence, "sentence");
        dates = List.copyOf(dates);
    }

    public boolean needsJustification() {
        return severity == FindingSeverity.BLOCKING_UNTIL_JUSTIFIED;
    }
}

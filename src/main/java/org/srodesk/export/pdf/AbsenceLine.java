package org.srodesk.export.pdf;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One sentence of the "absences and coverage" list under the calendar, for a run of school days
 * with the same absence and the same cover, e.g. "Mar 9–13: Ofc. Pat Lee on vacation; Ofc. Kim
 * Vang (rover) covers, (651) 555-0101."
 */
public record AbsenceLine(LocalDate from, LocalDate to, String text) {

    public AbsenceLine {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(text, "text");
    }

    /** The dates and the sentence, as printed. */
    public String printed() {
        return RosterText.dateSpan(from, to) + ": " + text;
    }
}

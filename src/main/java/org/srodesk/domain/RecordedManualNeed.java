package org.srodesk.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.srodesk.domain.coverage.ManualNeed;

/**
 * A need for a rover the sergeant added by hand and saved with the data (school, day, note), with
 * who added it and when. The planner sees it as a {@link ManualNeed}.
 */
public record RecordedManualNeed(long id, long schoolId, LocalDate date, String note, String addedBy, Instant addedAt) {

    public RecordedManualNeed {
        Objects.requireNonNull(date, "date");
        note = note == null ? "" : note;
        addedBy = addedBy == null ? "" : addedBy;
    }

    public ManualNeed toManualNeed() {
        return new ManualNeed(schoolId, date, note);
    }
}

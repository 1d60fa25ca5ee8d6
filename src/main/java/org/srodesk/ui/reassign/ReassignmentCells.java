package org.srodesk.ui.reassign;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import javafx.util.StringConverter;

import org.srodesk.domain.DateRange;
import org.srodesk.domain.Officer;
import org.srodesk.domain.Reassignment;
import org.srodesk.domain.School;
import org.srodesk.domain.reassign.ReassignmentEvent;
import org.srodesk.domain.reassign.SchoolGap;
import org.srodesk.domain.timeoff.PolicyWords;
import org.srodesk.service.ReassignmentRow;
import org.srodesk.service.ReassignmentTiming;
import org.srodesk.ui.common.DateLabels;
import org.srodesk.ui.common.OfficerNames;

/** How the Reassignments screen writes officers, schools, timings, periods and history. */
final class ReassignmentCells {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("EEE d MMM uuuu, HH:mm", Locale.ENGLISH)
            .withZone(java.time.ZoneId.systemDefault());

    private ReassignmentCells() {
    }

    static StringConverter<Officer> officerConverter(String none) {
        return converter(o -> o == null ? none : OfficerNames.withBadge(o));
    }

    static StringConverter<School> schoolConverter() {
        return converter(s -> s == null ? "" : s.name() + " (" + s.code() + ")");
    }

    static StringConverter<ReassignmentTiming> timingConverter() {
        return converter(t -> t == null ? "All statuses" : t.label());
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    /** "2–6 Mar 2026", or "from 2 Mar 2026, open-ended". */
    static String period(Reassignment r) {
        if (r.endDate() == null) {
            return "from " + DateLabels.range(DateRange.day(r.startDate())) + ", open-ended";
        }
        return DateLabels.range(DateRange.of(r.startDate(), r.endDate()));
    }

    /** The selected reassignment in full: who ordered it, the order, the reason, and each school's gap. */
    static String details(ReassignmentRow row) {
        var r = row.reassignment();
        StringBuilder text = new StringBuilder("Ordered by ").append(r.orderedBy());
        if (!r.orderReference().isBlank()) {
            text.append(" · order ").append(r.orderReference());
        }
        text.append(" · recorded by ").append(r.recordedBy().isBlank() ? "—" : r.recordedBy());
        if (!r.reason().isBlank()) {
            text.append("\nReason: ").append(r.reason());
        }
        if (row.timing() != ReassignmentTiming.CANCELLED) {
            for (SchoolGap gap : row.check().gaps()) {
                var nobody = gap.uncoveredDays();
                text.append("\nLeaves uncovered: ").append(gap.sentence());
                if (!nobody.isEmpty() && gap.school().isHigh()) {
                    text.append(" — nobody yet on ").append(PolicyWords.days(nobody));
                }
            }
            row.check().conflicts().forEach(c -> text.append("\nConflict: ").append(c.sentence()));
        }
        return text.toString();
    }

    /** "Changed · Sun 1 Feb 2026, 09:00 · sgt.olson". */
    static String eventHeading(ReassignmentEvent event) {
        return event.action().label() + " · " + STAMP.format(event.actedAt()) + " · " + event.actedBy();
    }

    /** The lines under the heading: before → after, comment, confirmed conflicts, released coverage. */
    static String eventDetails(ReassignmentEvent event) {
        StringBuilder text = new StringBuilder();
        if (!event.beforeState().isEmpty() && !event.beforeState().equals(event.afterState())) {
            text.append("Before: ").append(event.beforeState()).append('\n');
        }
        text.append(event.beforeState().isEmpty() ? "" : "After: ").append(event.afterState());
        if (!event.comment().isEmpty()) {
            text.append("\nComment: ").append(event.comment());
        }
        if (!event.conflicts().isEmpty()) {
            text.append("\nSaved despite: ").append(event.conflicts().replace("\n", "; "))
                    .append("\n").append(event.confirmation());
        }
        if (!event.releasedCoverage().isEmpty()) {
            text.append("\nReleased coverage: ").append(event.releasedCoverage());
        }
        return text.toString();
    }
}

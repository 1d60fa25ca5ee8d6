package org.srodesk.domain.compliance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.srodesk.domain.Officer;
import org.srodesk.domain.UnitEvent;

/**
 * Builds the "Overdue" panel: for each officer, logs of expected months that are overdue, required
 * courses overdue or never completed, and unit meetings missed, within a look-back window. Pure:
 * the caller loads the records.
 */
public final class OverdueFinder {

    private OverdueFinder() {
    }

    /** What the panel is computed from. {@code expectedLogMonths}: months with school days in the window. */
    public record Inputs(Collection<Officer> officers, Collection<TrainingCourse> courses,
                         Collection<TrainingCompletion> completions, List<YearMonth> expectedLogMonths,
                         Collection<MonthlyLog> logs, Collection<UnitEvent> meetings,
                         Collection<MeetingAttendance> attendance, LocalDate today, int logDueDays, int dueSoonDays) {
    }

    /** Items sorted by kind, then oldest first, then officer name. */
    public static List<OverdueItem> find(Inputs in) {
        Map<Long, List<TrainingCompletion>> completions = new HashMap<>();
        in.completions().forEach(c -> completions.computeIfAbsent(c.officerId(), k -> new ArrayList<>()).add(c));
        Set<String> received = new HashSet<>();
        in.logs().forEach(l -> received.add(l.officerId() + "/" + l.month()));
        Map<Long, UnitEvent> meetings = new HashMap<>();
        in.meetings().forEach(m -> meetings.put(m.id(), m));
        List<OverdueItem> items = new ArrayList<>();
        for (Officer officer : in.officers()) {
            String name = officer.sortName() + " (" + officer.badge() + ")";
            for (YearMonth month : in.expectedLogMonths()) {
                if (!received.contains(officer.id() + "/" + month)
                        && LogRule.state(month, null, in.today(), in.logDueDays()) == LogState.OVERDUE) {
                    items.add(new OverdueItem(OverdueItem.Kind.MISSING_LOG, officer.id(), name,
                            "Log for " + MonthNames.of(month) + " not received",
                            LogRule.dueBy(month, in.logDueDays())));
                }
            }
            for (TrainingCourse course : in.courses()) {
                if (!course.required()) {
                    continue;
                }
                TrainingStanding standing = TrainingRule.standing(course,
                        completions.getOrDefault(officer.id(), List.of()), in.today(), in.dueSoonDays());
                if (standing.state() == TrainingState.OVERDUE) {
                    items.add(new OverdueItem(OverdueItem.Kind.TRAINING_OVERDUE, officer.id(), name,
                            course.name() + ": renewal was due " + standing.renewBy(), standing.renewBy().plusDays(1)));
                } else if (standing.state() == TrainingState.MISSING) {
                    items.add(new OverdueItem(OverdueItem.Kind.TRAINING_MISSING, officer.id(), name,
                            course.name() + ": no completion on record", null));
                }
            }
        }
        Map<Long, Officer> officers = new HashMap<>();
        in.officers().forEach(o -> officers.put(o.id(), o));
        for (MeetingAttendance record : in.attendance()) {
            UnitEvent meeting = meetings.get(record.unitEventId());
            Officer officer = officers.get(record.officerId());
            if (!record.attended() && meeting != null && officer != null) {
                items.add(new OverdueItem(OverdueItem.Kind.MEETING_ABSENCE, officer.id(),
                        officer.sortName() + " (" + officer.badge() + ")",
                        "Absent from the " + meeting.date() + " meeting: " + record.absenceReason(), meeting.date()));
            }
        }
        items.sort(Comparator.comparing(OverdueItem::kind)
                .thenComparing(OverdueItem::since, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(OverdueItem::officerName));
        return items;
    }
}

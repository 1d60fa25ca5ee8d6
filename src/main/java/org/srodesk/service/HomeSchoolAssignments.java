package org.srodesk.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.srodesk.domain.Assignment;
import org.srodesk.persistence.AssignmentDao;

/**
 * Applies the home_school column of officers.csv to the officers' assignments (the history of
 * postings), collecting the changes and writing them in batches.
 *
 * <ul>
 *   <li>An officer with no assignment at all gets an open-ended one from {@code firstDay} (the
 *       first day of the school calendar, or the import date when there is no calendar).</li>
 *   <li>An officer whose current assignment (the open-ended one; else the one covering the import
 *       date) is to the same school keeps it.</li>
 *   <li>Otherwise the current assignment ends the day before the import date and a new open-ended
 *       one starts on the import date.</li>
 *   <li>An empty home school ends the officer's open-ended assignment, if any (a rover has no home
 *       school, so this also applies to an officer who became a rover).</li>
 * </ul>
 * An assignment that would have to end before it starts (it starts on or after the import date)
 * was never served, so it is deleted instead of closed.
 */
final class HomeSchoolAssignments {

    private final Map<Long, List<Assignment>> byOfficer;
    private final LocalDate importDate;
    private final LocalDate firstDay;
    private final List<Assignment> toInsert = new ArrayList<>();
    private final List<Assignment> toClose = new ArrayList<>();
    private final List<Assignment> toDelete = new ArrayList<>();

    HomeSchoolAssignments(List<Assignment> existing, LocalDate importDate, LocalDate firstDay) {
        this.byOfficer = existing.stream().collect(Collectors.groupingBy(Assignment::officerId));
        this.importDate = importDate;
        this.firstDay = firstDay;
    }

    /** Records what to change so that {@code officerId} is posted to {@code schoolId} (null: nowhere). */
    void apply(long officerId, Long schoolId) {
        List<Assignment> assignments = byOfficer.getOrDefault(officerId, List.of());
        Assignment open = assignments.stream().filter(a -> a.endDate() == null)
                .max(Comparator.comparing(Assignment::startDate)).orElse(null);
        if (schoolId == null) {
            if (open != null) {
                end(open);
            }
            return;
        }
        if (assignments.isEmpty()) {
            toInsert.add(new Assignment(0, officerId, schoolId, firstDay, null));
            return;
        }
        Assignment current = open != null ? open
                : assignments.stream().filter(a -> a.covers(importDate)).findFirst().orElse(null);
        if (current != null && current.schoolId() == schoolId) {
            return;
        }
        if (current != null) {
            end(current);
        }
        toInsert.add(new Assignment(0, officerId, schoolId, importDate, null));
    }

    private void end(Assignment assignment) {
        if (assignment.startDate().isBefore(importDate)) {
            LocalDate dayBefore = importDate.minusDays(1);
            toClose.add(new Assignment(assignment.id(), assignment.officerId(), assignment.schoolId(),
                    assignment.startDate(), dayBefore));
        } else {
            toDelete.add(assignment);
        }
    }

    int opened() {
        return toInsert.size();
    }

    int closed() {
        return toClose.size() + toDelete.size();
    }

    void write(AssignmentDao dao) {
        if (!toDelete.isEmpty()) {
            dao.deleteAll(toDelete);
        }
        if (!toClose.isEmpty()) {
            dao.closeAll(toClose);
        }
        if (!toInsert.isEmpty()) {
            dao.insertAll(toInsert);
        }
    }
}

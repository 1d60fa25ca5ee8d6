package org.srodesk.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.srodesk.domain.Assignment;
import org.srodesk.domain.Officer;
import org.srodesk.domain.School;
import org.srodesk.domain.account.Permission;
import org.srodesk.persistence.AssignmentDao;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.OfficerDao;
import org.srodesk.persistence.SchoolDao;

/**
 * Postings of primary SROs to schools. History is kept: changing a post closes the current
 * assignment the day before the change and opens a new one, in one transaction with its audit row.
 * Changing a posting needs {@link Permission#SCHEDULE}.
 */
public final class AssignmentService {

    private final Database database;

    public AssignmentService(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * Posts primary SRO {@code officerId} to {@code schoolId} from {@code from} on.
     *
     * <p>The assignment current on {@code from} (if any) is closed on {@code from - 1}; the new
     * assignment starts on {@code from} and keeps the old one's end date if it had one, else it is
     * open-ended. An officer with no assignment on {@code from} simply gets the new one. Both
     * writes happen in one transaction: either both are saved, or neither.
     *
     * <p>The audit row (UPDATE assignment, or CREATE for an officer who had no posting on {@code from};
     * id the new assignment's) shows the posting before and after: school code, first and last day.
     *
     * @return the new assignment, with its id
     * @throws AccessDeniedException     when {@code actor} may not schedule; nothing is written
     * @throws AssignmentChangeException with a message for the sergeant when the officer or school
     *         is unknown, the officer is a rover, the officer is already posted there, {@code from}
     *         is not after the current assignment's start, or a later posting already exists
     */
    public Assignment changePrimarySchool(long officerId, long schoolId, LocalDate from, Actor actor) {
        Objects.requireNonNull(actor, "actor").require(Permission.SCHEDULE);
        if (from == null) {
            throw new AssignmentChangeException("Choose the first day at the new school.");
        }
        return database.inTransaction(handle -> {
            Officer officer = handle.attach(OfficerDao.class).findById(officerId)
                    .orElseThrow(() -> new AssignmentChangeException("There is no officer with id " + officerId + "."));
            if (officer.isRover()) {
                throw new AssignmentChangeException(officer.displayName() + " is a rover: rovers have no primary school.");
            }
            School school = handle.attach(SchoolDao.class).findById(schoolId)
                    .orElseThrow(() -> new AssignmentChangeException("There is no school with id " + schoolId + "."));
            AssignmentDao assignments = handle.attach(AssignmentDao.class);
            List<Assignment> history = assignments.findByOfficer(officerId);
            for (Assignment later : history) {
                if (later.startDate().isAfter(from)) {
                    throw new AssignmentChangeException(officer.displayName() + " already has a posting starting "
                            + later.startDate() + ", after " + from + ". Change that posting instead.");
                }
            }
            Assignment current = history.stream().filter(a -> a.covers(from)).findFirst().orElse(null);
            LocalDate end = null;
            if (current != null) {
                if (current.schoolId() == schoolId) {
                    throw new AssignmentChangeException(officer.displayName() + " is already posted to "
                            + school.name() + " on " + from + ".");
                }
                if (!from.isAfter(current.startDate())) {
                    throw new AssignmentChangeException("The change must start after the current posting began on "
                            + current.startDate() + ".");
                }
                if (assignments.closeIfUnchanged(current.id(), current.endDate(), from.minusDays(1)) != 1) {
                    throw new AssignmentChangeException("The current posting was changed at another desk. Reload and try again.");
                }
                end = current.endDate();
            }
            Assignment created = new Assignment(0, officerId, schoolId, from, end);
            long id = assignments.insert(created);
            String before = "";
            if (current != null) {
                String oldSchool = handle.attach(SchoolDao.class).findById(current.schoolId()).map(School::code).orElse("");
                before = AuditLog.state("officer", officer.badge(), "school", oldSchool, "start", current.startDate(),
                        "end", current.endDate());
            }
            AuditLog.record(handle, actor, current == null ? "CREATE" : "UPDATE", "assignment", id, before,
                    AuditLog.state("officer", officer.badge(), "school", school.code(), "start", from, "end", end,
                            "previous_ends", current == null ? null : from.minusDays(1)));
            return new Assignment(id, officerId, schoolId, from, end);
        });
    }

    /** The officer's postings, oldest first. */
    public List<Assignment> history(long officerId) {
        return database.withHandle(handle -> handle.attach(AssignmentDao.class).findByOfficer(officerId));
    }
}

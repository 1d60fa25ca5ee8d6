package org.srodesk.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.srodesk.domain.Officer;
import org.srodesk.domain.Reassignment;
import org.srodesk.domain.ReassignmentStatus;
import org.srodesk.domain.School;
import org.srodesk.domain.account.Permission;
import org.srodesk.domain.reassign.ReassignmentAction;
import org.srodesk.domain.reassign.ReassignmentCheck;
import org.srodesk.domain.reassign.ReassignmentEvent;
import org.srodesk.domain.timeoff.PrincipalNotice;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.OfficerDao;
import org.srodesk.persistence.PrincipalNoticeDao;
import org.srodesk.persistence.ReassignmentDao;
import org.srodesk.persistence.ReassignmentEventDao;
import org.srodesk.persistence.SchoolDao;
import org.srodesk.persistence.SettingsDao;

/**
 * Temporary reassignments ordered by police command staff: record, change, end early, cancel, and
 * the conflicts and gaps shown before saving.
 *
 * <p>Every write is <b>one transaction</b> that also writes its history row ({@code reassignment_event},
 * never updated or deleted) naming the acting {@link Actor}, and — when a school loses its SRO, or gets
 * them back early — the principal's notice in the outbox ({@code principal_notice}, shared with time
 * off). {@link PrincipalNoticeService} sends it after commit.
 *
 * <p><b>Conflicts</b> ({@link org.srodesk.domain.reassign.ReassignmentConflicts}: approved time off, an
 * overlapping reassignment, a rover covering a high school) are computed again inside the transaction.
 * Saving with any needs {@link ConflictConfirmation#confirmed()}; the conflicts and who confirmed them
 * are kept in the history row (a database check refuses conflicts without a confirmation). Asked to,
 * the rover's accepted coverage on the reassignment's days from today on is deleted in the same
 * transaction.
 *
 * <p><b>Re-planning</b>: when a save releases coverage, or leaves a high school's school days from today
 * on without its SRO, the {@link ReplanningFlag} (settings {@code coverage.replan.from/note}) is set to the
 * earliest such day, and the outcome says so; the Reassignments screen shows it until cleared.
 *
 * <p>Changes are guarded by optimistic locking ({@code WHERE id = ? AND version = ?}): when another desk
 * changed the reassignment since it was read, nothing is written and {@link ConcurrentChangeException}
 * says to reload.
 *
 * <p><b>Roles</b>: recording, changing, ending and cancelling need {@link Permission#RECORD_REASSIGNMENT};
 * clearing the re-planning flag is coverage work ({@link Permission#SCHEDULE}). Each is checked before
 * anything is read, and each write records one {@code audit_log} row (entity reassignment, or setting
 * {@code coverage.replan} for the flag) in its transaction. Bad input throws {@link ValidationException} naming the field
 * ({@link ReassignmentDraft#OFFICER} …), and writes nothing. Methods block on the database: never call
 * them on the JavaFX thread.
 */
public final class ReassignmentService {

    /** The named duties the dialog offers; any other can be typed. */
    public static final List<String> DUTIES = List.of("Patrol", "Special event", "Training academy", "Investigations");

    private final Database database;
    private final Clock clock;
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();

    public ReassignmentService(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Runs {@code listener} after every committed change (on the thread that made it), e.g. to reload the roster. */
    public void addChangeListener(Runnable listener) {
        changeListeners.add(Objects.requireNonNull(listener));
    }

    /** Today, by this service's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every officer, by name. */
    public List<Officer> officers() {
        return database.withHandle(h -> h.attach(OfficerDao.class).findAll());
    }

    /** Every school, by code: the destinations the dialog offers. */
    public List<School> schools() {
        return database.withHandle(h -> h.attach(SchoolDao.class).findAll());
    }

    public Optional<Reassignment> find(long id) {
        return database.withHandle(h -> h.attach(ReassignmentDao.class).findById(id));
    }

    /** The history of a reassignment, oldest first. */
    public List<ReassignmentEvent> history(long id) {
        return database.withHandle(h -> h.attach(ReassignmentEventDao.class).findByReassignment(id));
    }

    /** The principal notices queued for a reassignment, oldest first. */
    public List<PrincipalNotice> notices(long id) {
        return database.withHandle(h -> h.attach(PrincipalNoticeDao.class).findByReassignment(id));
    }

    /** Reassignments matching {@code filter}: current, then upcoming, past and cancelled; each with what it leaves uncovered. */
    public List<ReassignmentRow> list(ReassignmentFilter filter) {
        return database.inTransaction(h -> ReassignmentReads.rows(h, filter, today()));
    }

    /**
     * The conflicts and gaps of a draft, as they would be checked on saving (the dialog's preview).
     *
     * @param editingId the reassignment being changed, or 0 for a new one
     * @throws ValidationException as {@link #record} does for bad input
     */
    public ReassignmentCheck check(ReassignmentDraft draft, long editingId) {
        ReassignmentDraftCheck.checkShape(draft);
        return database.inTransaction(h -> {
            ReassignmentDraftCheck.checkAgainstData(h, draft);
            return ReassignmentReads.check(h, toRecord(draft, editingId, "", Instant.EPOCH, 0));
        });
    }

    /**
     * Records a reassignment ordered by command staff, with its history row and, when the officer's
     * school loses them on school days, the principal's notice.
     *
     * @throws ValidationException naming the field for bad input, or {@link ReassignmentDraft#CONFIRM}
     *                             when there are conflicts and {@code confirmation} does not confirm them
     */
    public ReassignmentOutcome record(ReassignmentDraft draft, ConflictConfirmation confirmation, Actor actor) {
        Objects.requireNonNull(actor, "actor").require(Permission.RECORD_REASSIGNMENT);
        ReassignmentDraftCheck.checkShape(draft);
        ReassignmentOutcome outcome = database.inTransaction(h -> {
            Officer officer = ReassignmentDraftCheck.checkAgainstData(h, draft);
            Instant now = clock.instant();
            Reassignment proposed = toRecord(draft, 0, actor.userName(), now, 0);
            ReassignmentWrite.Confirmed confirmed = ReassignmentWrite.confirm(h, proposed, confirmation, today(), actor, now);
            long id = h.attach(ReassignmentDao.class).insert(proposed);
            Reassignment saved = h.attach(ReassignmentDao.class).findById(id).orElseThrow();
            ReassignmentWrite.event(h, saved, ReassignmentAction.RECORDED, "", ReassignmentReads.describe(h, saved), "",
                    confirmed, actor, now);
            ReassignmentWrite.audit(h, actor, "CREATE", null, saved, confirmed);
            return ReassignmentWrite.afterSave(h, saved, officer, confirmed, actor, now, today(), true);
        });
        changed();
        return outcome;
    }

    /**
     * Changes a current or upcoming reassignment (officer, days, destination, order). When the officer,
     * days or destination changed, a new principal notice is queued if the officer's school loses them
     * on school days; a change of the order's wording alone tells no principal.
     *
     * @param version the version the sergeant saw
     * @throws ConcurrentChangeException when it changed (or was cancelled) since {@code version}; nothing written
     * @throws ValidationException       as {@link #record}
     */
    public ReassignmentOutcome change(long id, int version, ReassignmentDraft draft, ConflictConfirmation confirmation,
                                      Actor actor) {
        Objects.requireNonNull(actor, "actor").require(Permission.RECORD_REASSIGNMENT);
        ReassignmentDraftCheck.checkShape(draft);
        ReassignmentOutcome outcome = database.inTransaction(h -> {
            Reassignment before = ReassignmentWrite.current(h, id, version);
            Officer officer = ReassignmentDraftCheck.checkAgainstData(h, draft);
            Instant now = clock.instant();
            Reassignment proposed = toRecord(draft, id, before.recordedBy(), before.recordedAt(), version);
            ReassignmentWrite.Confirmed confirmed = ReassignmentWrite.confirm(h, proposed, confirmation, today(), actor, now);
            if (h.attach(ReassignmentDao.class).update(id, version, proposed) == 0) {
                throw ReassignmentWrite.changedMeanwhile(h, id);
            }
            Reassignment saved = h.attach(ReassignmentDao.class).findById(id).orElseThrow();
            ReassignmentWrite.event(h, saved, ReassignmentAction.CHANGED, ReassignmentReads.describe(h, before),
                    ReassignmentReads.describe(h, saved), "", confirmed, actor, now);
            ReassignmentWrite.audit(h, actor, "UPDATE", before, saved, confirmed);
            boolean principalConcerned = before.officerId() != saved.officerId()
                    || !before.startDate().equals(saved.startDate())
                    || !Objects.equals(before.endDate(), saved.endDate())
                    || !Objects.equals(before.destinationSchoolId(), saved.destinationSchoolId())
                    || !Objects.equals(before.destinationDuty(), saved.destinationDuty());
            return ReassignmentWrite.afterSave(h, saved, officer, confirmed, actor, now, today(), principalConcerned);
        });
        changed();
        return outcome;
    }

    /**
     * Ends a reassignment early: {@code lastDay} becomes its last day. The principal of a school that
     * gets its SRO back sooner is told.
     *
     * @throws ValidationException       ({@link ReassignmentDraft#END}) when {@code lastDay} is missing,
     *                                   before the first day, or not earlier than the current last day
     * @throws ConcurrentChangeException when it changed since {@code version}
     */
    public ReassignmentOutcome endEarly(long id, int version, LocalDate lastDay, String comment, Actor actor) {
        Objects.requireNonNull(actor, "actor").require(Permission.RECORD_REASSIGNMENT);
        if (lastDay == null) {
            throw new ValidationException(ReassignmentDraft.END, "Enter the last day.");
        }
        ReassignmentOutcome outcome = database.inTransaction(h -> {
            Reassignment before = ReassignmentWrite.current(h, id, version);
            if (lastDay.isBefore(before.startDate())) {
                throw new ValidationException(ReassignmentDraft.END, "The last day is before the first day ("
                        + before.startDate() + "); cancel the reassignment instead.");
            }
            if (before.endDate() != null && !lastDay.isBefore(before.endDate())) {
                throw new ValidationException(ReassignmentDraft.END, "It already ends on " + before.endDate()
                        + ": choose an earlier day.");
            }
            if (h.attach(ReassignmentDao.class).end(id, version, lastDay) == 0) {
                throw ReassignmentWrite.changedMeanwhile(h, id);
            }
            Reassignment saved = h.attach(ReassignmentDao.class).findById(id).orElseThrow();
            ReassignmentWrite.audit(h, actor, "END", before, saved, ReassignmentWrite.Confirmed.NONE);
            return ReassignmentWrite.finish(h, before, saved, ReassignmentAction.ENDED, lastDay.plusDays(1), comment,
                    actor, clock.instant(), today());
        });
        changed();
        return outcome;
    }

    /**
     * Cancels a reassignment: it stays in the history but no longer affects the roster. The
     * principal of a school that gets its SRO back is told.
     *
     * @throws ConcurrentChangeException when it changed since {@code version}, or is already cancelled
     */
    public ReassignmentOutcome cancel(long id, int version, String comment, Actor actor) {
        Objects.requireNonNull(actor, "actor").require(Permission.RECORD_REASSIGNMENT);
        ReassignmentOutcome outcome = database.inTransaction(h -> {
            Reassignment before = ReassignmentWrite.current(h, id, version);
            if (h.attach(ReassignmentDao.class).cancel(id, version) == 0) {
                throw ReassignmentWrite.changedMeanwhile(h, id);
            }
            Reassignment saved = h.attach(ReassignmentDao.class).findById(id).orElseThrow();
            ReassignmentWrite.audit(h, actor, "CANCEL", before, saved, ReassignmentWrite.Confirmed.NONE);
            return ReassignmentWrite.finish(h, before, saved, ReassignmentAction.CANCELLED, before.startDate(), comment,
                    actor, clock.instant(), today());
        });
        changed();
        return outcome;
    }

    /** The coverage re-planning the last saves call for, if not cleared yet. */
    public Optional<ReplanningFlag> replanningFlag() {
        return database.withHandle(ReplanningFlag::read);
    }

    /** Clears the re-planning flag (the sergeant re-planned coverage); nothing is written when it is not raised. */
    public void clearReplanningFlag(Actor actor) {
        Objects.requireNonNull(actor, "actor").require(Permission.SCHEDULE);
        database.useTransaction(h -> {
            SettingsDao settings = h.attach(SettingsDao.class);
            String before = AuditLog.state("from", settings.find(ReplanningFlag.FROM).orElse(""),
                    "note", settings.find(ReplanningFlag.NOTE).orElse(""));
            if (ReplanningFlag.clear(h) > 0) {
                AuditLog.record(h, actor, "DELETE", "setting", "coverage.replan", before, "");
            }
        });
    }

    private static Reassignment toRecord(ReassignmentDraft draft, long id, String recordedBy, Instant recordedAt,
                                         int version) {
        return new Reassignment(id, draft.officerId(), draft.startDate(), draft.endDate(), draft.destinationSchoolId(),
                draft.destinationDuty(), draft.orderedBy(), draft.orderReference(), draft.reason(),
                ReassignmentStatus.ACTIVE, recordedBy, recordedAt, version);
    }

    private void changed() {
        changeListeners.forEach(Runnable::run);
    }
}

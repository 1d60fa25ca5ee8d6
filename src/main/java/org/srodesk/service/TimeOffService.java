package org.srodesk.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Handle;
import org.srodesk.domain.DateRange;
import org.srodesk.domain.Officer;
import org.srodesk.domain.School;
import org.srodesk.domain.SchoolCalendar;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.TimeOffRequest;
import org.srodesk.domain.TimeOffStatus;
import org.srodesk.domain.account.Permission;
import org.srodesk.domain.timeoff.PolicyFinding;
import org.srodesk.domain.timeoff.PolicyInputs;
import org.srodesk.domain.timeoff.TimeOffDecision;
import org.srodesk.domain.timeoff.TimeOffPolicy;
import org.srodesk.persistence.AssignmentDao;
import org.srodesk.persistence.CalendarDao;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.OfficerDao;
import org.srodesk.persistence.SchoolDao;
import org.srodesk.persistence.TimeOffDao;
import org.srodesk.persistence.TimeOffDecisionDao;

/**
 * Time off, requested through the SRO sergeant: entering requests, the policy findings shown
 * before a decision, and approve / deny / cancel.
 *
 * <p>Every write is one transaction that also writes the history row ({@code time_off_decision},
 * never deleted) and, when the principal must be told (planned time off approved, sick leave
 * entered), the notice row in the outbox. Sending the notice is {@link PrincipalNoticeService}'s
 * job, after commit: a failed send never loses or blocks a decision.
 *
 * <p>Decisions are guarded by optimistic locking: they name the version they saw, and when
 * another desk changed the request since, nothing is written and {@link ConcurrentChangeException}
 * says to reload. Bad input throws {@link ValidationException} naming the field, and writes nothing.
 *
 * <p>Sick leave is recorded, not requested: it is entered as approved, by the person entering it.
 *
 * <p>Every write needs {@link Permission#SCHEDULE} (checked before anything is read) and records one
 * {@code audit_log} row (entity {@value #AUDIT_ENTITY}) in its own transaction.
 */
public final class TimeOffService {

    /** Field of the justification or comment in {@link ValidationException}s from decisions. */
    public static final String COMMENT = "comment";
    /** The audit log's name for time-off requests. */
    public static final String AUDIT_ENTITY = "time_off_request";

    private final Database database;
    private final TimeOffSettingsService settings;
    private final Clock clock;
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();

    public TimeOffService(Database database, TimeOffSettingsService settings, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Runs {@code listener} after every committed change to time off (on the thread that made it), so
     * screens such as the roster can reload.
     */
    public void addChangeListener(Runnable listener) {
        changeListeners.add(Objects.requireNonNull(listener));
    }

    /** Requests matching {@code filter}: pending first, then by first day. */
    public List<TimeOffRow> list(TimeOffFilter filter) {
        return database.inTransaction(handle -> {
            Map<Long, Officer> officers = handle.attach(OfficerDao.class).findAll().stream()
                    .collect(Collectors.toMap(Officer::id, Function.identity()));
            Map<Long, School> schools = handle.attach(SchoolDao.class).findAll().stream()
                    .collect(Collectors.toMap(School::id, Function.identity()));
            var assignments = handle.attach(AssignmentDao.class).findAll();
            List<TimeOffRow> rows = new ArrayList<>();
            for (TimeOffRequest request : handle.attach(TimeOffDecisionDao.class).findFiltered(filter.status(),
                    filter.kind() == null ? null : filter.kind().name(), filter.officerId(), filter.from(), filter.to())) {
                Optional<School> school = assignments.stream()
                        .filter(a -> a.officerId() == request.officerId() && a.covers(request.startDate()))
                        .findFirst().map(a -> schools.get(a.schoolId()));
                rows.add(new TimeOffRow(request, officers.get(request.officerId()), school));
            }
            return rows;
        });
    }

    /** How many requests wait for a decision (the navigation badge). */
    public int pendingCount() {
        return database.withHandle(handle -> handle.attach(TimeOffDecisionDao.class).countPending());
    }

    /** Every officer, by name: the choices of the request dialog and the filter. */
    public List<Officer> officers() {
        return database.withHandle(handle -> handle.attach(OfficerDao.class).findAll());
    }

    /** The days the school calendar knows, when it knows any: requests must fall inside. */
    public Optional<DateRange> calendarRange() {
        return database.withHandle(handle -> new SchoolCalendar(handle.attach(CalendarDao.class).findAll()).knownRange());
    }

    public Optional<TimeOffRequest> find(long id) {
        return database.withHandle(handle -> handle.attach(TimeOffDao.class).findById(id));
    }

    /** The request's history, oldest first. */
    public List<TimeOffDecision> history(long requestId) {
        return database.withHandle(handle -> handle.attach(TimeOffDecisionDao.class).findByRequest(requestId));
    }

    /**
     * Enters a request. Sick leave is recorded as approved at once and its principal notice queued.
     *
     * @throws ValidationException naming {@link TimeOffDraft#OFFICER}, {@link TimeOffDraft#KIND},
     *         {@link TimeOffDraft#START}, {@link TimeOffDraft#END} or {@link TimeOffDraft#HOURS}: a
     *         missing value, the end before the start, an unknown officer, a duplicate of an active
     *         request, days outside the school calendar, bad partial-day hours. Nothing is written.
     */
    public DecisionOutcome request(TimeOffDraft draft, Actor actor) {
        Objects.requireNonNull(actor, "actor").require(Permission.SCHEDULE);
        TimeOffDraftCheck.checkShape(draft);
        DecisionOutcome outcome = database.inTransaction(handle -> {
            TimeOffDraftCheck.checkAgainstData(handle, draft);
            Instant now = clock.instant();
            boolean sick = draft.kind() == TimeOffKind.SICK;
            TimeOffStatus status = sick ? TimeOffStatus.APPROVED : TimeOffStatus.REQUESTED;
            String comment = sick ? "Sick leave recorded" : "";
            TimeOffRequest unsaved = new TimeOffRequest(0, draft.officerId(), draft.kind(), draft.startDate(),
                    draft.endDate(), draft.partialStart(), draft.partialEnd(), status, draft.note(), now,
                    actor.userName(), sick ? actor.userName() : null, sick ? now : null, comment, 0);
            long id = handle.attach(TimeOffDao.class).insert(unsaved);
            TimeOffRequest saved = handle.attach(TimeOffDao.class).findById(id).orElseThrow();
            TimeOffDecisionDao decisions = handle.attach(TimeOffDecisionDao.class);
            decisions.insert(new TimeOffDecision(0, id, null, TimeOffStatus.REQUESTED, actor.userName(), now,
                    draft.note(), ""));
            AuditLog.record(handle, actor, "CREATE", AUDIT_ENTITY, id, "", auditState(saved));
            if (!sick) {
                return new DecisionOutcome(saved, Optional.empty(), "");
            }
            TimeOffSettings current = TimeOffSettingsService.load(handle);
            PolicyInputs inputs = TimeOffReads.inputs(handle, saved, current, today());
            decisions.insert(new TimeOffDecision(0, id, TimeOffStatus.REQUESTED, TimeOffStatus.APPROVED,
                    actor.userName(), now, comment, summary(TimeOffPolicy.evaluate(saved, inputs))));
            return TimeOffReads.queueNotice(handle, saved, inputs, current, actor, now);
        });
        changed();
        return outcome;
    }

    /** The policy findings for a stored request, as of today. */
    public List<PolicyFinding> findings(long requestId) {
        return database.inTransaction(handle -> {
            TimeOffRequest request = handle.attach(TimeOffDao.class).findById(requestId)
                    .orElseThrow(() -> new ConcurrentChangeException("This request no longer exists. Reload the list."));
            return findings(handle, request);
        });
    }

    /** The findings for a request not yet entered (the new-request dialog's preview). */
    public List<PolicyFinding> findings(TimeOffDraft draft) {
        TimeOffDraftCheck.checkShape(draft);
        return database.inTransaction(handle -> {
            TimeOffDraftCheck.checkAgainstData(handle, draft);
            TimeOffRequest unsaved = new TimeOffRequest(0, draft.officerId(), draft.kind(), draft.startDate(),
                    draft.endDate(), draft.partialStart(), draft.partialEnd(), TimeOffStatus.REQUESTED, draft.note(),
                    clock.instant(), "", null, null, "", 0);
            return findings(handle, unsaved);
        });
    }

    private List<PolicyFinding> findings(Handle handle, TimeOffRequest request) {
        TimeOffSettings current = TimeOffSettingsService.load(handle);
        return TimeOffPolicy.evaluate(request, TimeOffReads.inputs(handle, request, current, today()));
    }

    /**
     * Approves a pending request and, for planned time off, queues the principal's notice.
     *
     * @param version       the version the sergeant saw
     * @param justification required ({@link #COMMENT}) when a finding needs one (extended absence in session)
     * @throws ConcurrentChangeException when the request changed since {@code version}; nothing written
     * @throws ValidationException       when a justification is missing; nothing written
     */
    public DecisionOutcome approve(long id, int version, String justification, Actor actor) {
        Objects.requireNonNull(actor, "actor").require(Permission.SCHEDULE);
        DecisionOutcome outcome = database.inTransaction(handle -> {
            TimeOffRequest request = current(handle, id, version, TimeOffStatus.REQUESTED);
            TimeOffSettings current = TimeOffSettingsService.load(handle);
            PolicyInputs inputs = TimeOffReads.inputs(handle, request, current, today());
            List<PolicyFinding> findings = TimeOffPolicy.evaluate(request, inputs);
            String comment = justification == null ? "" : justification.trim();
            if (TimeOffPolicy.needsJustification(findings) && comment.isEmpty()) {
                throw new ValidationException(COMMENT, "Write why this extended absence while school is in session"
                        + " is approved.");
            }
            TimeOffRequest decided = decide(handle, request, TimeOffStatus.APPROVED, comment, actor, summary(findings),
                    "APPROVE");
            if (!decided.kind().isPlanned()) {
                return new DecisionOutcome(decided, Optional.empty(), "");
            }
            return TimeOffReads.queueNotice(handle, decided, inputs, current, actor, decided.decidedAt());
        });
        changed();
        return outcome;
    }

    /**
     * Denies a pending request.
     *
     * @param reason required ({@link #COMMENT}): the officer is told why
     */
    public DecisionOutcome deny(long id, int version, String reason, Actor actor) {
        Objects.requireNonNull(actor, "actor").require(Permission.SCHEDULE);
        String comment = reason == null ? "" : reason.trim();
        if (comment.isEmpty()) {
            throw new ValidationException(COMMENT, "Write why the request is denied.");
        }
        DecisionOutcome outcome = database.inTransaction(handle -> {
            TimeOffRequest request = current(handle, id, version, TimeOffStatus.REQUESTED);
            List<PolicyFinding> findings = findings(handle, request);
            return new DecisionOutcome(decide(handle, request, TimeOffStatus.DENIED, comment, actor, summary(findings),
                    "DENY"),
                    Optional.empty(), "");
        });
        changed();
        return outcome;
    }

    /** Cancels a pending or approved request; the comment is optional. */
    public DecisionOutcome cancel(long id, int version, String comment, Actor actor) {
        Objects.requireNonNull(actor, "actor").require(Permission.SCHEDULE);
        DecisionOutcome outcome = database.inTransaction(handle -> {
            TimeOffRequest request = current(handle, id, version, null);
            if (!request.status().isActive()) {
                throw new ConcurrentChangeException("This request is already " + request.status().name().toLowerCase()
                        + ". Reload the list.");
            }
            String text = comment == null ? "" : comment.trim();
            return new DecisionOutcome(decide(handle, request, TimeOffStatus.CANCELLED, text, actor, "", "CANCEL"),
                    Optional.empty(), "");
        });
        changed();
        return outcome;
    }

    private TimeOffRequest current(Handle handle, long id, int version, TimeOffStatus expected) {
        TimeOffRequest request = handle.attach(TimeOffDao.class).findById(id)
                .orElseThrow(() -> new ConcurrentChangeException("This request no longer exists. Reload the list."));
        if (request.version() != version) {
            throw new ConcurrentChangeException(changedBy(request));
        }
        if (expected != null && request.status() != expected) {
            throw new ConcurrentChangeException("This request is already " + request.status().name().toLowerCase()
                    + ". Reload the list.");
        }
        return request;
    }

    private TimeOffRequest decide(Handle handle, TimeOffRequest request, TimeOffStatus status, String comment,
                                  Actor actor, String findings, String auditAction) {
        Objects.requireNonNull(actor, "actor");
        Instant now = clock.instant();
        int rows = handle.attach(TimeOffDecisionDao.class).decide(request.id(), request.version(), status,
                actor.userName(), now, comment);
        if (rows == 0) {
            // Another desk decided between our read and our write (its transaction committed first).
            throw new ConcurrentChangeException(handle.attach(TimeOffDao.class).findById(request.id())
                    .map(this::changedBy)
                    .orElse("This request no longer exists. Reload the list."));
        }
        handle.attach(TimeOffDecisionDao.class).insert(new TimeOffDecision(0, request.id(), request.status(), status,
                actor.userName(), now, comment, findings));
        TimeOffRequest decided = handle.attach(TimeOffDao.class).findById(request.id()).orElseThrow();
        AuditLog.record(handle, actor, auditAction, AUDIT_ENTITY, request.id(), auditState(request), auditState(decided));
        return decided;
    }

    /** A request in the audit log: "status=REQUESTED; officer_id=3; kind=VACATION; start=…; end=…; …". */
    static String auditState(TimeOffRequest r) {
        return AuditLog.state("status", r.status(), "officer_id", r.officerId(), "kind", r.kind(),
                "start", r.startDate(), "end", r.endDate(), "hours", r.partialStart() == null ? ""
                        : r.partialStart() + "-" + r.partialEnd(),
                "decided_by", r.decidedBy(), "comment", r.decisionComment(), "version", r.version());
    }

    /** "Changed by sgt.two at 09:12 on 1 Feb 2026 (it is now denied) — reload it and decide again." */
    private String changedBy(TimeOffRequest request) {
        String now = request.status().name().toLowerCase(java.util.Locale.ROOT);
        if (request.decidedBy() == null || request.decidedAt() == null) {
            return "Someone else changed this request (it is now " + now + ") — reload it and decide again.";
        }
        String when = java.time.format.DateTimeFormatter.ofPattern("HH:mm 'on' d MMM yyyy", java.util.Locale.ENGLISH)
                .format(request.decidedAt().atZone(clock.getZone()));
        return "Changed by " + request.decidedBy() + " at " + when + " (it is now " + now
                + ") — reload it and decide again.";
    }

    private static String summary(List<PolicyFinding> findings) {
        String text = findings.stream().map(f -> f.type().name() + ": " + f.sentence())
                .collect(Collectors.joining("\n"));
        return text.length() > 4000 ? text.substring(0, 3997) + "…" : text;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void changed() {
        changeListeners.forEach(Runnable::run);
    }
}

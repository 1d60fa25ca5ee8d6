package org.srodesk.service.compliance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.srodesk.domain.Officer;
import org.srodesk.domain.compliance.ActivityCounts;
import org.srodesk.domain.compliance.LogRule;
import org.srodesk.domain.compliance.MonthNames;
import org.srodesk.domain.compliance.MonthlyLog;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.MonthlyLogDao;
import org.srodesk.persistence.OfficerDao;
import org.srodesk.domain.account.Permission;
import org.srodesk.service.Actor;
import org.srodesk.service.AuditLog;
import org.srodesk.service.ConcurrentChangeException;
import org.srodesk.service.ValidationException;

/**
 * The monthly logs SROs submit to the sergeant (Saint Paul): which arrived, when, and what they
 * report. Recording a log is one transaction; a correction names the version it saw and is refused
 * with {@link ConcurrentChangeException} when another desk changed the log since. Bad input — unknown
 * officer, a month that has not ended, a receipt date in the future or before the month ended,
 * negative counts — throws {@link ValidationException} naming the field, and writes nothing.
 */
public final class MonthlyLogService {

    private final Database database;
    private final Clock clock;

    public MonthlyLogService(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every officer's log state for {@code month}, officers in roster order. */
    public List<LogRow> month(YearMonth month) {
        LocalDate today = today();
        return database.inTransaction(handle -> {
            ComplianceSettings settings = ComplianceSettings.read(handle);
            Map<Long, MonthlyLog> logs = new HashMap<>();
            handle.attach(MonthlyLogDao.class).findBetween(month.atDay(1), month.atDay(1))
                    .forEach(l -> logs.put(l.officerId(), l));
            List<LogRow> rows = new ArrayList<>();
            for (Officer officer : handle.attach(OfficerDao.class).findAll()) {
                MonthlyLog log = logs.get(officer.id());
                rows.add(new LogRow(officer, month,
                        LogRule.state(month, log == null ? null : log.receivedOn(), today, settings.logDueDays()),
                        Optional.ofNullable(log)));
            }
            return rows;
        });
    }

    /** Records (or, with {@code draft.version()}, corrects) one officer's log for one month. */
    public MonthlyLog record(LogDraft draft, Actor actor) {
        Objects.requireNonNull(actor, "actor").require(Permission.SCHEDULE);
        LocalDate today = today();
        Instant now = clock.instant();
        return database.inTransaction(handle -> {
            List<ValidationException.FieldError> errors = new ArrayList<>();
            if (draft.officerId() == null || handle.attach(OfficerDao.class).findById(draft.officerId()).isEmpty()) {
                errors.add(new ValidationException.FieldError(LogDraft.OFFICER, draft.officerId() == null
                        ? "Choose the officer." : "There is no officer with id " + draft.officerId() + "."));
            }
            YearMonth month = draft.month();
            if (month == null) {
                errors.add(new ValidationException.FieldError(LogDraft.MONTH, "Choose the month the log is for."));
            } else if (!today.isAfter(month.atEndOfMonth())) {
                errors.add(new ValidationException.FieldError(LogDraft.MONTH, "The log for " + MonthNames.of(month)
                        + " cannot be recorded before the month has ended (" + month.atEndOfMonth() + ")."));
            }
            LocalDate received = draft.receivedOn();
            if (received == null) {
                errors.add(new ValidationException.FieldError(LogDraft.RECEIVED, "Enter the day the log arrived."));
            } else if (received.isAfter(today)) {
                errors.add(new ValidationException.FieldError(LogDraft.RECEIVED, "The log cannot arrive in the future ("
                        + received + ")."));
            } else if (month != null && received.isBefore(month.atEndOfMonth())) {
                errors.add(new ValidationException.FieldError(LogDraft.RECEIVED,
                        "A log arrives on or after the month's last day (" + month.atEndOfMonth() + ")."));
            }
            for (Object[] count : draft.counts()) {
                Integer value = (Integer) count[1];
                if (value != null && value < 0) {
                    errors.add(new ValidationException.FieldError((String) count[0], "A count cannot be negative."));
                } else if (value != null && value > 9999) {
                    errors.add(new ValidationException.FieldError((String) count[0], "That count is too large (at most 9,999)."));
                }
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            MonthlyLogDao dao = handle.attach(MonthlyLogDao.class);
            ActivityCounts counts = new ActivityCounts(n(draft.gangs()), n(draft.drugs()), n(draft.cyberBullying()),
                    n(draft.sexting()), n(draft.criminalJustice()), n(draft.ppcMeetings()), n(draft.ptaMeetings()),
                    n(draft.reportsTaken()));
            MonthlyLog log = MonthlyLog.of(draft.officerId(), month, received, counts,
                    draft.note() == null ? "" : draft.note().strip(), actor.userName(), now);
            Optional<MonthlyLog> existing = dao.find(draft.officerId(), month.atDay(1));
            if (existing.isEmpty()) {
                long id = dao.insert(log);
                MonthlyLog saved = dao.find(draft.officerId(), month.atDay(1)).filter(l -> l.id() == id).orElseThrow();
                AuditLog.record(handle, actor, "CREATE", "monthly_log", id, "", auditState(saved));
                return saved;
            }
            if (draft.version() == null) {
                throw new ValidationException(LogDraft.MONTH, "A log for " + MonthNames.of(month)
                        + " is already recorded for this officer; open it to correct it.");
            }
            MonthlyLog current = existing.get();
            MonthlyLog corrected = new MonthlyLog(current.id(), log.officerId(), log.logMonth(), log.receivedOn(),
                    log.sessionsGangs(), log.sessionsDrugs(), log.sessionsCyber(), log.sessionsSexting(),
                    log.sessionsJustice(), log.ppcMeetings(), log.ptaMeetings(), log.reportsTaken(), log.note(),
                    log.recordedBy(), log.recordedAt(), draft.version());
            if (dao.update(corrected) == 0) {
                // Read again: the other desk's committed correction names who and when.
                MonthlyLog latest = dao.find(draft.officerId(), month.atDay(1)).orElse(current);
                throw new ConcurrentChangeException("The log for " + MonthNames.of(month) + " was changed by "
                        + latest.recordedBy() + " at " + java.time.format.DateTimeFormatter.ofPattern(
                                "HH:mm 'on' d MMM yyyy", java.util.Locale.ENGLISH).format(latest.recordedAt()
                                .atZone(clock.getZone())) + " — reload and try again.");
            }
            MonthlyLog saved = dao.find(draft.officerId(), month.atDay(1)).orElseThrow();
            AuditLog.record(handle, actor, "UPDATE", "monthly_log", saved.id(), auditState(current), auditState(saved));
            return saved;
        });
    }

    private static String auditState(MonthlyLog l) {
        return AuditLog.state("officer_id", l.officerId(), "month", YearMonth.from(l.logMonth()),
                "received_on", l.receivedOn(), "gangs", l.sessionsGangs(), "drugs", l.sessionsDrugs(),
                "cyber", l.sessionsCyber(), "sexting", l.sessionsSexting(), "justice", l.sessionsJustice(),
                "ppc", l.ppcMeetings(), "pta", l.ptaMeetings(), "reports", l.reportsTaken(), "note", l.note(),
                "version", l.version());
    }

    private static int n(Integer value) {
        return value == null ? 0 : value;
    }
}

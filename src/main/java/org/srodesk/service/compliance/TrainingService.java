package org.srodesk.service.compliance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jdbi.v3.core.Handle;
import org.srodesk.domain.Assignment;
import org.srodesk.domain.Officer;
import org.srodesk.domain.School;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.TimeOffRequest;
import org.srodesk.domain.TimeOffStatus;
import org.srodesk.domain.account.Permission;
import org.srodesk.domain.compliance.TrainingCompletion;
import org.srodesk.domain.compliance.TrainingCourse;
import org.srodesk.domain.compliance.TrainingRule;
import org.srodesk.domain.compliance.TrainingStanding;
import org.srodesk.domain.timeoff.TimeOffDecision;
import org.srodesk.persistence.AssignmentDao;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.OfficerDao;
import org.srodesk.persistence.SchoolDao;
import org.srodesk.persistence.TimeOffDao;
import org.srodesk.persistence.TimeOffDecisionDao;
import org.srodesk.persistence.TrainingDao;
import org.srodesk.service.Actor;
import org.srodesk.service.AuditLog;
import org.srodesk.service.ExportAudit;
import org.srodesk.service.ValidationException;

/**
 * Training the unit must keep current: the required courses (the three of the Minneapolis contract
 * are seeded by the V7 migration; the department adds its own), completions per officer, and the
 * officer × course matrix with its CSV export.
 *
 * <p>Training days show on the roster as <b>approved TRAINING time off</b>: recording a completion
 * with {@code onRoster} writes that request (entered and approved by the actor, with its two history
 * rows) in the same transaction, unless approved time off already covers the day. The roster, the
 * coverage planner and the principal notices then treat the day like any other training day, through
 * {@code DayStatusRule}. Bad input throws {@link ValidationException} naming the field; nothing is written.
 *
 * <p>Adding courses and recording completions need {@link Permission#SCHEDULE} and record one
 * {@code audit_log} row each (training_course, training_completion) in their transaction; the matrix CSV is
 * an export ({@link ExportAudit}).
 */
public final class TrainingService {

    private final Database database;
    private final Clock clock;

    public TrainingService(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public List<TrainingCourse> courses() {
        return database.withHandle(h -> h.attach(TrainingDao.class).findCourses());
    }

    /** Adds a department course; code and name must be new, renewal 1–120 months. */
    public TrainingCourse addCourse(String code, String name, Integer renewalMonths, Actor actor) {
        Objects.requireNonNull(actor, "actor").require(Permission.SCHEDULE);
        String cleanCode = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        String cleanName = name == null ? "" : name.strip();
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (!cleanCode.matches("[A-Z0-9_]{2,40}")) {
            errors.add(new ValidationException.FieldError("code", "Give a short code of letters and digits, e.g. FIRST_AID."));
        }
        if (cleanName.isEmpty()) {
            errors.add(new ValidationException.FieldError("name", "Name the course."));
        }
        if (renewalMonths == null || renewalMonths < 1 || renewalMonths > 120) {
            errors.add(new ValidationException.FieldError("renewal", "Renewal is between 1 and 120 months."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return database.inTransaction(handle -> {
            TrainingDao dao = handle.attach(TrainingDao.class);
            if (dao.countCoursesNamed(cleanCode, cleanName) > 0) {
                throw new ValidationException("name", "A course with this code or name already exists.");
            }
            TrainingCourse course = new TrainingCourse(0, cleanCode, cleanName, renewalMonths, true);
            long id = dao.insertCourse(course, actor.userName());
            AuditLog.record(handle, actor, "CREATE", "training_course", id, "", AuditLog.state("code", cleanCode,
                    "name", cleanName, "renewal_months", renewalMonths));
            return new TrainingCourse(id, cleanCode, cleanName, renewalMonths, true);
        });
    }

    /**
     * Records that an officer completed a course, in one transaction (with the roster's training day
     * when asked). Refused, writing nothing: unknown officer or course, no date or a date in the
     * future, hours not between 0.5 and 200, the same completion twice.
     */
    public TrainingCompletion recordCompletion(CompletionDraft draft, Actor actor) {
        Objects.requireNonNull(actor, "actor").require(Permission.SCHEDULE);
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        return database.inTransaction(handle -> {
            TrainingDao dao = handle.attach(TrainingDao.class);
            List<ValidationException.FieldError> errors = new ArrayList<>();
            if (draft.officerId() == null || handle.attach(OfficerDao.class).findById(draft.officerId()).isEmpty()) {
                errors.add(new ValidationException.FieldError(CompletionDraft.OFFICER,
                        draft.officerId() == null ? "Choose the officer." : "There is no officer with id " + draft.officerId() + "."));
            }
            if (draft.courseId() == null || dao.findCourse(draft.courseId()).isEmpty()) {
                errors.add(new ValidationException.FieldError(CompletionDraft.COURSE,
                        draft.courseId() == null ? "Choose the course." : "There is no course with id " + draft.courseId() + "."));
            }
            if (draft.completedOn() == null) {
                errors.add(new ValidationException.FieldError(CompletionDraft.DATE, "Enter the day the course was completed."));
            } else if (draft.completedOn().isAfter(today)) {
                errors.add(new ValidationException.FieldError(CompletionDraft.DATE,
                        "The completion date " + draft.completedOn() + " is in the future; record it once it is done."));
            }
            BigDecimal hours = draft.hours();
            if (hours == null || hours.compareTo(new BigDecimal("0.5")) < 0 || hours.compareTo(new BigDecimal("200")) > 0) {
                errors.add(new ValidationException.FieldError(CompletionDraft.HOURS, "Hours are between 0.5 and 200."));
            }
            if (errors.isEmpty() && dao.countCompletions(draft.officerId(), draft.courseId(), draft.completedOn()) > 0) {
                errors.add(new ValidationException.FieldError(CompletionDraft.DATE,
                        "This completion is already recorded for that day."));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            TrainingCourse course = dao.findCourse(draft.courseId()).orElseThrow();
            TrainingCompletion unsaved = new TrainingCompletion(0, draft.officerId(), draft.courseId(),
                    draft.completedOn(), hours.setScale(1, java.math.RoundingMode.HALF_UP), strip(draft.provider()),
                    strip(draft.reference()), actor.userName(), now);
            long id = dao.insertCompletion(unsaved);
            Long rosterDay = draft.onRoster() ? putOnRoster(handle, unsaved, course, actor, now) : null;
            AuditLog.record(handle, actor, "CREATE", "training_completion", id, "", AuditLog.state(
                    "officer_id", unsaved.officerId(), "course", course.code(), "completed_on", unsaved.completedOn(),
                    "hours", unsaved.hours(), "provider", unsaved.provider(), "reference", unsaved.reference(),
                    "roster_time_off_request", rosterDay));
            return new TrainingCompletion(id, unsaved.officerId(), unsaved.courseId(), unsaved.completedOn(),
                    unsaved.hours(), unsaved.provider(), unsaved.reference(), unsaved.recordedBy(), unsaved.recordedAt());
        });
    }

    /** The approved TRAINING request written for the day, or null when time off already covers it. */
    private static Long putOnRoster(Handle handle, TrainingCompletion completion, TrainingCourse course, Actor actor,
                                    Instant now) {
        LocalDate day = completion.completedOn();
        boolean alreadyOff = handle.attach(TimeOffDao.class).findOverlapping(day, day).stream()
                .anyMatch(r -> r.officerId() == completion.officerId() && r.status() == TimeOffStatus.APPROVED);
        if (alreadyOff) {
            return null;
        }
        String note = "Training: " + course.name() + (completion.provider().isEmpty() ? "" : " (" + completion.provider() + ")");
        long requestId = handle.attach(TimeOffDao.class).insert(new TimeOffRequest(0, completion.officerId(),
                TimeOffKind.TRAINING, day, day, null, null, TimeOffStatus.APPROVED, note, now, actor.userName(),
                actor.userName(), now, "Recorded with the training completion", 0));
        TimeOffDecisionDao decisions = handle.attach(TimeOffDecisionDao.class);
        decisions.insert(new TimeOffDecision(0, requestId, null, TimeOffStatus.REQUESTED, actor.userName(), now,
                note, ""));
        decisions.insert(new TimeOffDecision(0, requestId, TimeOffStatus.REQUESTED, TimeOffStatus.APPROVED,
                actor.userName(), now, "Recorded with the training completion", ""));
        return requestId;
    }

    /** An officer's completions, newest first. */
    public List<TrainingCompletion> completionsOf(long officerId) {
        return database.withHandle(h -> h.attach(TrainingDao.class).findCompletionsOf(officerId));
    }

    /** The officer × required-course matrix as of today. */
    public TrainingMatrix matrix() {
        return matrix(LocalDate.now(clock));
    }

    /** The officer × required-course matrix as of {@code asOf}. */
    public TrainingMatrix matrix(LocalDate asOf) {
        return database.inTransaction(handle -> {
            ComplianceSettings settings = ComplianceSettings.read(handle);
            List<TrainingCourse> courses = handle.attach(TrainingDao.class).findCourses().stream()
                    .filter(TrainingCourse::required).toList();
            Map<Long, List<TrainingCompletion>> byOfficer = new HashMap<>();
            handle.attach(TrainingDao.class).findCompletions()
                    .forEach(c -> byOfficer.computeIfAbsent(c.officerId(), k -> new ArrayList<>()).add(c));
            Map<Long, School> schools = new HashMap<>();
            handle.attach(SchoolDao.class).findAll().forEach(s -> schools.put(s.id(), s));
            Map<Long, String> posts = new HashMap<>();
            for (Assignment a : handle.attach(AssignmentDao.class).findOverlapping(asOf, asOf)) {
                School school = schools.get(a.schoolId());
                posts.put(a.officerId(), school == null ? "" : school.name());
            }
            List<TrainingMatrix.Row> rows = new ArrayList<>();
            for (Officer officer : handle.attach(OfficerDao.class).findAll()) {
                List<TrainingCompletion> own = byOfficer.getOrDefault(officer.id(), List.of());
                List<TrainingStanding> standings = courses.stream()
                        .map(c -> TrainingRule.standing(c, own, asOf, settings.dueSoonDays())).toList();
                rows.add(new TrainingMatrix.Row(officer, officer.isRover() ? "Rover" : posts.getOrDefault(officer.id(), ""),
                        standings));
            }
            return new TrainingMatrix(asOf, courses, rows);
        });
    }

    /**
     * Writes {@code rows} of {@code matrix} (the rows a filtered screen shows) as CSV: badge, officer,
     * role, school, then per course its state, last completion and renewal day.
     *
     * <p>An export: needs the export permission and is recorded ({@link ExportAudit}).
     *
     * @return the number of officer rows written
     */
    public int writeMatrixCsv(TrainingMatrix matrix, List<TrainingMatrix.Row> rows, Path file, Actor actor) {
        ExportAudit.require(actor);
        List<String> header = new ArrayList<>(List.of("badge", "officer", "role", "school"));
        for (TrainingCourse course : matrix.courses()) {
            header.add(course.name() + " — state");
            header.add(course.name() + " — last completed");
            header.add(course.name() + " — renew by");
        }
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (TrainingMatrix.Row row : rows) {
                List<Object> values = new ArrayList<>(List.of(row.officer().badge(), row.officer().sortName(),
                        row.officer().isRover() ? "Rover" : "Primary SRO", row.school()));
                for (TrainingStanding standing : row.standings()) {
                    values.add(standing.state().label());
                    values.add(standing.lastCompleted() == null ? "" : standing.lastCompleted().toString());
                    values.add(standing.renewBy() == null ? "" : standing.renewBy().toString());
                }
                csv.printRecord(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
        ExportAudit.record(database, actor, "training-matrix " + matrix.asOf(), AuditLog.state("file",
                file.toAbsolutePath(), "officers", rows.size(), "courses", matrix.courses().size()));
        return rows.size();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}

package org.srodesk.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.HashSet;

import org.jdbi.v3.core.Handle;
import org.srodesk.domain.CallsForService;
import org.srodesk.domain.CoverageAssignment;
import org.srodesk.domain.DateRange;
import org.srodesk.domain.Officer;
import org.srodesk.domain.RecordedManualNeed;
import org.srodesk.domain.RosterSnapshot;
import org.srodesk.domain.School;
import org.srodesk.domain.SchoolCalendar;
import org.srodesk.domain.account.Permission;
import org.srodesk.domain.coverage.AbsenceBlock;
import org.srodesk.domain.coverage.AvailabilityCheck;
import org.srodesk.domain.coverage.CoveragePin;
import org.srodesk.domain.coverage.CoveragePlan;
import org.srodesk.domain.coverage.CoveragePlanner;
import org.srodesk.domain.coverage.CoverageProblem;
import org.srodesk.domain.coverage.CoverageProblemBuilder;
import org.srodesk.domain.coverage.CoverageSettings;
import org.srodesk.domain.coverage.ManualNeed;
import org.srodesk.domain.coverage.PlannedCoverage;
import org.srodesk.domain.coverage.RoverAvailability;
import org.srodesk.persistence.CallsForServiceDao;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.ManualNeedDao;
import org.srodesk.persistence.SettingsDao;

/**
 * Rover coverage use cases: plan a period with the {@link CoveragePlanner}, accept a plan (write its
 * coverage assignments), keep the planner's settings and the sergeant's manual needs, and answer
 * "is a rover free for school S on day D?" for other features.
 *
 * <h2>What a plan is built from</h2>
 * <ul>
 *   <li>the roster of the period, read in one transaction, with records and the school calendar
 *       reaching K school days (at most {@value #MAX_MARGIN_DAYS} calendar days) beyond each edge,
 *       so an absence crossing the edge is measured in full against K;</li>
 *   <li>the calls for service of each school in the {@value #WEIGHT_DAYS} days before {@code today}
 *       (the planner's weights: busier schools are covered first);</li>
 *   <li>the settings K, R and per-zone reserve, stored in {@code app_setting} (defaults 3, 1, yes);</li>
 *   <li>manual needs and pins given by the caller. Manual needs are <em>saved</em> with the data
 *       ({@link #addManualNeed}, {@link #manualNeeds}): coverage accepted for one stays explained on
 *       the next plan instead of turning into a stale record. Pins are not saved: they belong to
 *       the plan being edited, and become accepted coverage when it is accepted. A pin overrides
 *       accepted coverage from today on that it contradicts (same rover or same school that day).</li>
 * </ul>
 * Accepting is done by {@link CoverageAcceptance}: one transaction, past coverage untouched.
 * Every write (accepting, manual needs, the planner's settings) needs {@link Permission#SCHEDULE},
 * checked before any work, and records one {@code audit_log} row in its transaction.
 * Methods block on the database: never call them on the JavaFX thread.
 */
public final class CoverageService {

    /** Calls for service counted for the weights, in days before "today". */
    public static final int WEIGHT_DAYS = 90;
    /** The furthest the roster is read beyond the period's edges, in calendar days. */
    public static final int MAX_MARGIN_DAYS = 120;

    static final String MIN_BLOCK_DAYS = "coverage.min_block_days";
    static final String RESERVE_ROVERS = "coverage.reserve_rovers";
    static final String RESERVE_PER_ZONE = "coverage.reserve_per_zone";

    private final Database database;
    private final RosterService rosterService;
    private final CoverageAcceptance acceptance;
    private final Clock clock;

    public CoverageService(Database database, RosterService rosterService) {
        this(database, rosterService, Clock.systemDefaultZone());
    }

    /** @param clock stamps {@code accepted_at} and {@code added_at} */
    public CoverageService(Database database, RosterService rosterService, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.rosterService = Objects.requireNonNull(rosterService, "rosterService");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.acceptance = new CoverageAcceptance(database, clock);
    }

    // ---- settings

    /** K, R and the per-zone reserve as stored; the defaults (3, 1, yes) for anything not stored or unreadable. */
    public CoverageSettings settings() {
        return database.withHandle(CoverageService::settings);
    }

    /** The stored settings read on an open handle (for services reading more in one transaction). */
    static CoverageSettings settings(Handle h) {
        SettingsDao dao = h.attach(SettingsDao.class);
        CoverageSettings d = CoverageSettings.DEFAULTS;
        int k = dao.find(MIN_BLOCK_DAYS).map(v -> parseInt(v, d.minBlockDays())).orElse(d.minBlockDays());
        int r = dao.find(RESERVE_ROVERS).map(v -> parseInt(v, d.reserveRovers())).orElse(d.reserveRovers());
        boolean perZone = dao.find(RESERVE_PER_ZONE).map(Boolean::parseBoolean).orElse(d.reservePerZone());
        try {
            return new CoverageSettings(k, r, perZone);
        } catch (IllegalArgumentException e) {
            return d;
        }
    }

    /**
     * Stores K, R and the per-zone reserve, all three in one transaction with the audit row. The
     * planner's settings are scheduling work ({@link Permission#SCHEDULE}), not desk settings.
     */
    public void saveSettings(CoverageSettings settings, Actor actor) {
        Objects.requireNonNull(actor, "actor").require(Permission.SCHEDULE);
        Objects.requireNonNull(settings, "settings");
        database.useTransaction(h -> {
            String before = auditState(settings(h));
            SettingsDao dao = h.attach(SettingsDao.class);
            dao.put(MIN_BLOCK_DAYS, Integer.toString(settings.minBlockDays()));
            dao.put(RESERVE_ROVERS, Integer.toString(settings.reserveRovers()));
            dao.put(RESERVE_PER_ZONE, Boolean.toString(settings.reservePerZone()));
            AuditLog.record(h, actor, "UPDATE", "setting", "coverage", before, auditState(settings(h)));
        });
    }

    private static String auditState(CoverageSettings s) {
        return AuditLog.state(MIN_BLOCK_DAYS, s.minBlockDays(), RESERVE_ROVERS, s.reserveRovers(),
                RESERVE_PER_ZONE, s.reservePerZone());
    }

    private static int parseInt(String text, int fallback) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    // ---- manual needs

    /** The saved manual needs of {@code period}, in date order. */
    public List<RecordedManualNeed> manualNeeds(DateRange period) {
        return database.withHandle(h -> h.attach(ManualNeedDao.class).findBetween(period.start(), period.end()));
    }

    /** Saves a manual need, recording who added it; returns it with its id. */
    public RecordedManualNeed addManualNeed(ManualNeed need, Actor actor) {
        Objects.requireNonNull(actor, "actor").require(Permission.SCHEDULE);
        Objects.requireNonNull(need, "need");
        var now = clock.instant();
        long id = database.inTransaction(h -> {
            long newId = h.attach(ManualNeedDao.class).insert(need.schoolId(), need.date(), need.note(),
                    actor.userName(), now);
            AuditLog.record(h, actor, "CREATE", "manual_need", newId, "", auditState(need));
            return newId;
        });
        return new RecordedManualNeed(id, need.schoolId(), need.date(), need.note(), actor.userName(), now);
    }

    /**
     * Removes a saved manual need; false when it was already gone (nothing written, no audit row).
     * Coverage accepted for it stays until the next accept.
     */
    public boolean removeManualNeed(long id, Actor actor) {
        Objects.requireNonNull(actor, "actor").require(Permission.SCHEDULE);
        return database.inTransaction(h -> {
            ManualNeedDao dao = h.attach(ManualNeedDao.class);
            var before = dao.findById(id);
            if (before.isEmpty() || dao.delete(id) == 0) {
                return false;
            }
            AuditLog.record(h, actor, "DELETE", "manual_need", id, auditState(before.get().toManualNeed()), "");
            return true;
        });
    }

    private static String auditState(ManualNeed need) {
        return AuditLog.state("school_id", need.schoolId(), "date", need.date(), "note", need.note());
    }

    // ---- planning

    /**
     * Plans {@code period} with the stored settings.
     *
     * @param manualNeeds needs added by hand (usually {@link #manualNeeds(DateRange)} of the period)
     * @param pins        the sergeant's pins for this plan
     * @param today       days before it are history: accepted coverage there is reported, never moved
     */
    public CoveragePlan plan(DateRange period, List<ManualNeed> manualNeeds, List<CoveragePin> pins, LocalDate today) {
        return new CoveragePlanner().plan(problem(period, manualNeeds, pins, today));
    }

    /**
     * Plans {@code period} with its saved manual needs and {@code pins}, and returns everything the
     * coverage screen shows: the plan, the blocks and rovers, names, settings.
     */
    public PlannedPeriod planPeriod(DateRange period, List<CoveragePin> pins, LocalDate today) {
        CoverageSettings settings = settings();
        List<RecordedManualNeed> saved = manualNeeds(period);
        List<ManualNeed> manual = saved.stream().map(RecordedManualNeed::toManualNeed).toList();
        RosterSnapshot snapshot = loadWithMargin(period, settings);
        CoverageProblem problem = pinsOverrideAccepted(CoverageProblemBuilder.fromRoster(snapshot, callsBefore(today),
                settings, manual, pins, today));
        CoveragePlan plan = new CoveragePlanner().plan(problem);
        Map<Long, Officer> officers = new HashMap<>();
        snapshot.officers().forEach(o -> officers.put(o.id(), o));
        return new PlannedPeriod(period, today, settings, plan, problem, snapshot.schools(), officers, saved);
    }

    /** The planner's input for {@code period}, as {@link #plan} builds it (exposed for benchmarks and checks). */
    public CoverageProblem problem(DateRange period, List<ManualNeed> manualNeeds, List<CoveragePin> pins,
                                   LocalDate today) {
        CoverageSettings settings = settings();
        RosterSnapshot snapshot = loadWithMargin(period, settings);
        CoverageProblem problem = CoverageProblemBuilder.fromRoster(snapshot, callsBefore(today), settings,
                manualNeeds, pins, today);
        return pinsOverrideAccepted(problem);
    }

    /**
     * The sergeant's latest word wins: accepted coverage from today on that a pin contradicts — the
     * pinned rover, or the pinned school, on a pinned day — is left out of the problem, so the pin
     * holds and accepting replaces the record. Coverage before today is never overridden.
     */
    static CoverageProblem pinsOverrideAccepted(CoverageProblem problem) {
        if (problem.pins().isEmpty() || problem.accepted().isEmpty()) {
            return problem;
        }
        Map<String, AbsenceBlock> blocks = new HashMap<>();
        problem.blocks().forEach(b -> blocks.put(b.id(), b));
        Set<String> rovers = new HashSet<>();
        Set<String> schools = new HashSet<>();
        for (CoveragePin pin : problem.pins()) {
            if (!pin.isBlockPin()) {
                rovers.add(pin.roverId() + "@" + pin.date());
                schools.add(pin.schoolId() + "@" + pin.date());
            } else if (blocks.containsKey(pin.blockId())) {
                AbsenceBlock block = blocks.get(pin.blockId());
                for (LocalDate date : block.needDates()) {
                    rovers.add(pin.roverId() + "@" + date);
                    schools.add(block.schoolId() + "@" + date);
                }
            }
        }
        List<CoverageAssignment> kept = problem.accepted().stream()
                .filter(a -> a.date().isBefore(problem.today())
                        || !(rovers.contains(a.roverId() + "@" + a.date()) || schools.contains(a.schoolId() + "@" + a.date())))
                .toList();
        if (kept.size() == problem.accepted().size()) {
            return problem;
        }
        return new CoverageProblem(problem.blocks(), problem.schoolWeights(), problem.rovers(), problem.roversOnDuty(),
                kept, problem.pins(), problem.today(), problem.settings());
    }

    /** The roster of {@code period} with K school days of records and calendar around it. */
    public RosterSnapshot loadWithMargin(DateRange period, CoverageSettings settings) {
        SchoolCalendar calendar = rosterService.calendar();
        int k = settings.minBlockDays();
        LocalDate from = edge(calendar, period.start(), -1, k);
        LocalDate to = edge(calendar, period.end(), 1, k);
        return rosterService.loadSnapshot(period, DateRange.of(from, to));
    }

    /** The day {@code k} school days beyond {@code day} in direction {@code step}, at most {@link #MAX_MARGIN_DAYS} away. */
    static LocalDate edge(SchoolCalendar calendar, LocalDate day, int step, int k) {
        LocalDate d = day;
        int found = 0;
        for (int i = 0; i < MAX_MARGIN_DAYS && found < k; i++) {
            d = d.plusDays(step);
            if (calendar.isInSession(d)) {
                found++;
            }
        }
        return d;
    }

    /** Calls for service per school in the {@value #WEIGHT_DAYS} days before {@code today}. */
    public Map<Long, Long> callsBefore(LocalDate today) {
        List<CallsForService> calls = database.withHandle(h -> h.attach(CallsForServiceDao.class)
                .findBetween(today.minusDays(WEIGHT_DAYS), today.minusDays(1)));
        Map<Long, Long> bySchool = new HashMap<>();
        for (CallsForService c : calls) {
            bySchool.merge(c.schoolId(), (long) c.count(), Long::sum);
        }
        return bySchool;
    }

    // ---- accepting

    /** Accepts a whole plan; see {@link #accept(List, DateRange, Actor, LocalDate)}. */
    public AcceptSummary accept(CoveragePlan plan, DateRange period, Actor actor, LocalDate today) {
        return accept(plan.assignments(), period, actor, today);
    }

    /**
     * Makes the period's coverage assignments from {@code today} on exactly {@code assignments}
     * (accepted, pinned and proposed alike), in one transaction: records before {@code today} are
     * untouched; from today on, a record the plan still has is kept as it is (who accepted it and
     * when), one it no longer has is deleted — replaced, or stale because its need has gone — and
     * the plan's new ones are inserted, accepted by {@code actor}.
     *
     * @throws CoverageAcceptException when the database refuses a row (two rovers for one school on
     *                                 one day, a rover at two schools, a record changed on another
     *                                 desk); nothing is written then
     */
    public AcceptSummary accept(List<PlannedCoverage> assignments, DateRange period, Actor actor, LocalDate today) {
        return acceptance.accept(assignments, period, actor, today);
    }

    // ---- availability

    /**
     * Is a rover free for {@code schoolId} on {@code date}? Plans that day with the planner's rules,
     * the stored settings, accepted coverage and saved manual needs; see {@link AvailabilityCheck}.
     */
    public RoverAvailability isRoverFree(long schoolId, LocalDate date) {
        CoverageSettings settings = settings();
        DateRange day = DateRange.day(date);
        RosterSnapshot snapshot = loadWithMargin(day, settings);
        School school = snapshot.schools().get(schoolId);
        if (school == null) {
            throw new IllegalArgumentException("Unknown school " + schoolId);
        }
        List<ManualNeed> manual = new ArrayList<>();
        manualNeeds(day).forEach(n -> manual.add(n.toManualNeed()));
        CoverageProblem problem = CoverageProblemBuilder.fromRoster(snapshot, callsBefore(date), settings, manual,
                List.of(), date);
        return AvailabilityCheck.isRoverFree(problem, school, date);
    }
}

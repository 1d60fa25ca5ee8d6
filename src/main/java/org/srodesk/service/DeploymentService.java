package org.srodesk.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jdbi.v3.core.Handle;
import org.srodesk.domain.CallsForService;
import org.srodesk.domain.DateRange;
import org.srodesk.domain.RecordedManualNeed;
import org.srodesk.domain.RosterSnapshot;
import org.srodesk.domain.SchoolCalendar;
import org.srodesk.domain.coverage.CoverageSettings;
import org.srodesk.domain.coverage.ManualNeed;
import org.srodesk.domain.deployment.DeploymentCalculator;
import org.srodesk.domain.deployment.DeploymentChange;
import org.srodesk.domain.deployment.DeploymentWhatIf;
import org.srodesk.domain.deployment.OfficerFigures;
import org.srodesk.domain.deployment.RoverFigures;
import org.srodesk.domain.deployment.SavedScenario;
import org.srodesk.domain.deployment.SchoolFigures;
import org.srodesk.domain.deployment.WhatIfComparison;
import org.srodesk.export.deployment.DeploymentCsv;
import org.srodesk.persistence.CalendarDao;
import org.srodesk.persistence.CallsForServiceDao;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.ManualNeedDao;

/**
 * The unit commander's deployment review. <b>Read-only with respect to the roster</b>: nothing here
 * changes an assignment, a time-off request or coverage (that stays with the sergeant's screens);
 * the only writes are imported calls for service ({@link ImportService}: schedule) and saved what-if
 * scenarios ({@link org.srodesk.domain.account.Permission#DEPLOYMENT_WHAT_IF}); the CSV files are exports
 * ({@link ExportAudit}). Running a what-if only computes and needs no permission.
 *
 * <ul>
 *   <li>{@link #review} — the figures of a period as recorded: accepted coverage only, computed by
 *       {@link DeploymentCalculator} through the one day-status rule.</li>
 *   <li>{@link #whatIf} — the period's roster, changed in memory, re-planned by the coverage
 *       planner and compared with the current roster re-planned the same way
 *       ({@link DeploymentWhatIf} says how).</li>
 * </ul>
 * Both read everything in <b>one read transaction</b> (roster with K school days of margin, calls of
 * the period, settings, manual needs) and compute after it, so the picture is consistent and the
 * database is not held while the planner runs. Methods block: never call them on the JavaFX thread.
 */
public final class DeploymentService {

    private final Database database;
    private final ImportService importService;
    private final DeploymentScenarios scenarios;

    public DeploymentService(Database database) {
        this(database, Clock.systemDefaultZone());
    }

    /** @param clock stamps saved scenarios and imports */
    public DeploymentService(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.importService = new ImportService(database, clock);
        this.scenarios = new DeploymentScenarios(database, clock);
    }

    /** The figures of {@code period} as recorded. */
    public DeploymentReview review(DateRange period) {
        Inputs in = read(period);
        return new DeploymentReview(period, in.settings(),
                DeploymentCalculator.compute(in.snapshot(), in.calls(), in.settings().reservePerZone()));
    }

    /**
     * Current against what-if over {@code period}, with {@code changes} applied in order. Writes nothing.
     *
     * @throws IllegalArgumentException for a change naming an unknown officer or school, or moving a rover
     */
    public WhatIfComparison whatIf(DateRange period, List<DeploymentChange> changes) {
        Objects.requireNonNull(changes, "changes");
        Inputs in = read(period);
        return DeploymentWhatIf.compare(in.snapshot(), in.calls(), in.settings(), in.manualNeeds(), changes);
    }

    private record Inputs(RosterSnapshot snapshot, List<CallsForService> calls, CoverageSettings settings,
                          List<ManualNeed> manualNeeds) {
    }

    private Inputs read(DateRange period) {
        Objects.requireNonNull(period, "period");
        return database.withHandle(h -> {
            boolean wasReadOnly = h.isReadOnly();
            h.setReadOnly(true);
            try {
                return h.inTransaction(tx -> readIn(tx, period));
            } finally {
                h.setReadOnly(wasReadOnly);
            }
        });
    }

    private static Inputs readIn(Handle h, DateRange period) {
        CoverageSettings settings = CoverageService.settings(h);
        SchoolCalendar calendar = new SchoolCalendar(h.attach(CalendarDao.class).findAll());
        int k = settings.minBlockDays();
        DateRange loaded = DateRange.of(CoverageService.edge(calendar, period.start(), -1, k),
                CoverageService.edge(calendar, period.end(), 1, k));
        RosterSnapshot snapshot = RosterService.read(h, period, loaded);
        List<CallsForService> calls = h.attach(CallsForServiceDao.class).findBetweenUnordered(period.start(), period.end());
        List<ManualNeed> manual = new ArrayList<>();
        for (RecordedManualNeed need : h.attach(ManualNeedDao.class).findBetween(period.start(), period.end())) {
            manual.add(need.toManualNeed());
        }
        return new Inputs(snapshot, calls, settings, manual);
    }

    // ---- calls for service

    /**
     * Imports a CAD export ({@code school_code,date,count}); see
     * {@link ImportService#importCallsForService}. A bad row imports nothing; the
     * {@link ImportException} names line and column.
     */
    public ImportSummary importCallsForService(Path file, Actor actor, ImportProgress progress) {
        return importService.importCallsForService(file, actor, progress);
    }

    // ---- scenarios

    /**
     * Saves {@code comparison} under {@code name} (its changes and headline results), in one transaction.
     *
     * @throws ValidationException when the name is blank, too long or already used
     */
    public SavedScenario saveScenario(String name, DateRange period, WhatIfComparison comparison, Actor actor) {
        return scenarios.save(name, period, comparison, actor);
    }

    /** Saved scenarios, newest first. */
    public List<SavedScenario> scenarios() {
        return scenarios.list();
    }

    // ---- CSV

    /** Writes the school rows given (what the table shows) as CSV; an export ({@link ExportAudit}). */
    public void exportSchools(List<SchoolFigures> rows, Path file, Actor actor) {
        ExportAudit.require(actor);
        write(() -> DeploymentCsv.writeSchools(rows, file));
        recordExport(actor, "deployment-schools", file, rows.size());
    }

    /** Writes the officer rows given as CSV, one column per kind of time off; an export. */
    public void exportOfficers(List<OfficerFigures> rows, Path file, Actor actor) {
        ExportAudit.require(actor);
        write(() -> DeploymentCsv.writeOfficers(rows, file));
        recordExport(actor, "deployment-officers", file, rows.size());
    }

    /** Writes the rover rows given as CSV; an export. */
    public void exportRovers(List<RoverFigures> rows, Path file, Actor actor) {
        ExportAudit.require(actor);
        write(() -> DeploymentCsv.writeRovers(rows, file));
        recordExport(actor, "deployment-rovers", file, rows.size());
    }

    /** Writes a what-if comparison as CSV: measure, current, what-if, change; then the changes. An export. */
    public void exportWhatIf(WhatIfComparison comparison, Path file, Actor actor) {
        ExportAudit.require(actor);
        write(() -> DeploymentCsv.writeWhatIf(comparison, file));
        ExportAudit.record(database, actor, "deployment-what-if", AuditLog.state("file", file.toAbsolutePath(),
                "changes", comparison.changes().size()));
    }

    private void recordExport(Actor actor, String what, Path file, int rows) {
        ExportAudit.record(database, actor, what, AuditLog.state("file", file.toAbsolutePath(), "rows", rows));
    }

    private interface CsvWrite {
        void run() throws IOException;
    }

    private static void write(CsvWrite write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The CSV file cannot be written: " + e.getMessage(), e);
        }
    }
}

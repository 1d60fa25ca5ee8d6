package org.srodesk.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.srodesk.domain.DateRange;
import org.srodesk.domain.account.Permission;
import org.srodesk.domain.deployment.DeploymentChange;
import org.srodesk.domain.deployment.SavedScenario;
import org.srodesk.domain.deployment.ScenarioOutcome;
import org.srodesk.domain.deployment.WhatIfComparison;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.DeploymentScenarioDao;
import org.srodesk.persistence.DeploymentScenarioDao.ChangeRow;
import org.srodesk.persistence.DeploymentScenarioDao.ScenarioRow;

/** Saving and listing named what-if scenarios for {@link DeploymentService}. */
final class DeploymentScenarios {

    static final int MAX_NAME = 200;

    private final Database database;
    private final Clock clock;

    DeploymentScenarios(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Needs {@link Permission#DEPLOYMENT_WHAT_IF}; one audit row (CREATE deployment_scenario) with the save. */
    SavedScenario save(String name, DateRange period, WhatIfComparison comparison, Actor actor) {
        Objects.requireNonNull(actor, "actor").require(Permission.DEPLOYMENT_WHAT_IF);
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(comparison, "comparison");
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            throw new ValidationException("name", "Give the scenario a name.");
        }
        if (trimmed.length() > MAX_NAME) {
            throw new ValidationException("name", "A scenario name has at most " + MAX_NAME + " characters.");
        }
        ScenarioOutcome a = comparison.current();
        ScenarioOutcome b = comparison.whatIf();
        Instant now = clock.instant();
        String notes = String.join("\n", comparison.notes());
        if (notes.length() > 4000) {
            notes = notes.substring(0, 3999) + "…";
        }
        ScenarioRow row = new ScenarioRow(0, trimmed, period.start(), period.end(), a.rovers(), b.rovers(),
                a.uncoveredHighSchoolDays(), b.uncoveredHighSchoolDays(), a.daysBelowReserve(), b.daysBelowReserve(),
                a.callsWithoutOfficer(), b.callsWithoutOfficer(), notes, actor.userName(), now);
        long id = database.inTransaction(h -> {
            DeploymentScenarioDao dao = h.attach(DeploymentScenarioDao.class);
            if (dao.countNamed(trimmed) > 0) {
                throw new ValidationException("name", "A scenario named \"" + trimmed + "\" is already saved.");
            }
            long newId = dao.insert(row);
            List<ChangeRow> changes = new ArrayList<>();
            int seq = 0;
            for (DeploymentChange change : comparison.changes()) {
                changes.add(toRow(newId, ++seq, change));
            }
            dao.insertChanges(changes);
            AuditLog.record(h, actor, "CREATE", "deployment_scenario", newId, "", AuditLog.state("name", trimmed,
                    "period", period.start() + ".." + period.end(), "changes", comparison.changes().size(),
                    "rovers", a.rovers() + "->" + b.rovers(),
                    "uncovered_hs_days", a.uncoveredHighSchoolDays() + "->" + b.uncoveredHighSchoolDays()));
            return newId;
        });
        return toScenario(new ScenarioRow(id, row.name(), row.periodStart(), row.periodEnd(), row.currentRovers(),
                row.whatifRovers(), row.currentUncoveredHsDays(), row.whatifUncoveredHsDays(),
                row.currentDaysBelowReserve(), row.whatifDaysBelowReserve(), row.currentCallsWithoutOfficer(),
                row.whatifCallsWithoutOfficer(), row.notes(), row.savedBy(), row.savedAt()), comparison.changes());
    }

    List<SavedScenario> list() {
        return database.withHandle(h -> {
            DeploymentScenarioDao dao = h.attach(DeploymentScenarioDao.class);
            Map<Long, List<DeploymentChange>> changes = new HashMap<>();
            for (ChangeRow c : dao.findAllChanges()) {
                changes.computeIfAbsent(c.scenarioId(), k -> new ArrayList<>()).add(fromRow(c));
            }
            List<SavedScenario> result = new ArrayList<>();
            for (ScenarioRow r : dao.findAll()) {
                result.add(toScenario(r, changes.getOrDefault(r.id(), List.of())));
            }
            return result;
        });
    }

    private static SavedScenario toScenario(ScenarioRow r, List<DeploymentChange> changes) {
        return new SavedScenario(r.id(), r.name(), r.periodStart(), r.periodEnd(), changes, r.currentRovers(),
                r.whatifRovers(), r.currentUncoveredHsDays(), r.whatifUncoveredHsDays(), r.currentDaysBelowReserve(),
                r.whatifDaysBelowReserve(), r.currentCallsWithoutOfficer(), r.whatifCallsWithoutOfficer(), r.notes(),
                r.savedBy(), r.savedAt());
    }

    private static ChangeRow toRow(long id, int seq, DeploymentChange change) {
        if (change instanceof DeploymentChange.RemoveRovers r) {
            return new ChangeRow(id, seq, r.kind(), r.count(), null, null, "");
        } else if (change instanceof DeploymentChange.AddRovers a) {
            return new ChangeRow(id, seq, a.kind(), a.count(), null, null, a.zone());
        } else if (change instanceof DeploymentChange.MovePrimary m) {
            return new ChangeRow(id, seq, m.kind(), null, m.officerId(), m.toSchoolId(), "");
        }
        DeploymentChange.DropSchoolSro d = (DeploymentChange.DropSchoolSro) change;
        return new ChangeRow(id, seq, d.kind(), null, null, d.schoolId(), "");
    }

    private static DeploymentChange fromRow(ChangeRow c) {
        return switch (c.changeKind()) {
            case "REMOVE_ROVERS" -> new DeploymentChange.RemoveRovers(c.amount());
            case "ADD_ROVERS" -> new DeploymentChange.AddRovers(c.amount(), c.roverZone());
            case "MOVE_PRIMARY" -> new DeploymentChange.MovePrimary(c.officerId(), c.schoolId());
            case "DROP_SCHOOL_SRO" -> new DeploymentChange.DropSchoolSro(c.schoolId());
            default -> throw new IllegalStateException("Unknown scenario change " + c.changeKind());
        };
    }
}

package org.srodesk.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Saved deployment what-if scenarios (V5): one row per scenario, one per change. */
@RegisterConstructorMapper(DeploymentScenarioDao.ScenarioRow.class)
@RegisterConstructorMapper(DeploymentScenarioDao.ChangeRow.class)
public interface DeploymentScenarioDao {

    /** A scenario as stored. */
    record ScenarioRow(long id, String name, LocalDate periodStart, LocalDate periodEnd, int currentRovers,
                       int whatifRovers, int currentUncoveredHsDays, int whatifUncoveredHsDays,
                       int currentDaysBelowReserve, int whatifDaysBelowReserve, long currentCallsWithoutOfficer,
                       long whatifCallsWithoutOfficer, String notes, String savedBy, Instant savedAt) {
    }

    /** One change of a scenario; {@code amount}, {@code officerId}, {@code schoolId} are null when not used. */
    record ChangeRow(long scenarioId, int seq, String changeKind, Integer amount, Long officerId, Long schoolId,
                     String roverZone) {
    }

    @SqlUpdate("""
            INSERT INTO deployment_scenario (name, period_start, period_end, current_rovers, whatif_rovers,
                current_uncovered_hs_days, whatif_uncovered_hs_days, current_days_below_reserve,
                whatif_days_below_reserve, current_calls_without_officer, whatif_calls_without_officer, notes,
                saved_by, saved_at)
            VALUES (:name, :periodStart, :periodEnd, :currentRovers, :whatifRovers, :currentUncoveredHsDays,
                :whatifUncoveredHsDays, :currentDaysBelowReserve, :whatifDaysBelowReserve,
                :currentCallsWithoutOfficer, :whatifCallsWithoutOfficer, :notes, :savedBy, :savedAt)""")
    @GetGeneratedKeys("id")
    long insert(@BindMethods ScenarioRow row);

    @SqlBatch("""
            INSERT INTO deployment_scenario_change (scenario_id, seq, change_kind, amount, officer_id, school_id,
                rover_zone)
            VALUES (:scenarioId, :seq, :changeKind, :amount, :officerId, :schoolId, :roverZone)""")
    void insertChanges(@BindMethods List<ChangeRow> rows);

    @SqlQuery("SELECT COUNT(*) FROM deployment_scenario WHERE name = :name")
    int countNamed(@Bind("name") String name);

    @SqlQuery("""
            SELECT id, name, period_start, period_end, current_rovers, whatif_rovers, current_uncovered_hs_days,
                whatif_uncovered_hs_days, current_days_below_reserve, whatif_days_below_reserve,
                current_calls_without_officer, whatif_calls_without_officer, notes, saved_by, saved_at
            FROM deployment_scenario ORDER BY saved_at DESC, id DESC""")
    List<ScenarioRow> findAll();

    @SqlQuery("""
            SELECT scenario_id, seq, change_kind, amount, officer_id, school_id, rover_zone
            FROM deployment_scenario_change ORDER BY scenario_id, seq""")
    List<ChangeRow> findAllChanges();

    @SqlUpdate("DELETE FROM deployment_scenario WHERE id = :id")
    int delete(@Bind("id") long id);
}

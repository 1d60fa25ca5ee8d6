package org.srodesk.domain.coverage;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/** What carries from one planned day to the next: the rover of each block, and covering days per rover. */
final class PlanningContext {

    /** Deterministic order of need-days on one day: school, absent officer, block. */
    static final Comparator<NeedDay> NEED_ORDER = Comparator.comparingLong(NeedDay::schoolId)
            .thenComparingLong(NeedDay::absentOfficerId)
            .thenComparing(NeedDay::blockId);

    private final CoverageProblem problem;
    private final Map<Long, Rover> rovers = new HashMap<>();
    private final boolean hasZones;
    private final boolean perZoneReserve;
    private final Map<String, Long> lastRoverOfBlock = new HashMap<>();
    private final Map<Long, Integer> load = new HashMap<>();

    PlanningContext(CoverageProblem problem) {
        this.problem = problem;
        boolean zones = false;
        for (Rover rover : problem.rovers()) {
            rovers.put(rover.id(), rover);
            zones |= !rover.zone().isBlank();
        }
        this.hasZones = zones;
        this.perZoneReserve = zones && problem.settings().reservePerZone();
    }

    CoverageProblem problem() {
        return problem;
    }

    Rover rover(long id) {
        return rovers.get(id);
    }

    /** True when any rover has a zone: then a same-zone rover is preferred. */
    boolean hasZones() {
        return hasZones;
    }

    /** True when the reserve is kept per zone rather than district-wide. */
    boolean perZoneReserve() {
        return perZoneReserve;
    }

    /** The reserve group of a rover: its zone when the reserve is per zone, else one district group. */
    String groupOf(Rover rover) {
        return perZoneReserve ? rover.zone() : "";
    }

    Long lastRoverOf(String blockId) {
        return lastRoverOfBlock.get(blockId);
    }

    int loadOf(long roverId) {
        return load.getOrDefault(roverId, 0);
    }

    void recordCoverage(NeedDay need, long roverId) {
        lastRoverOfBlock.put(need.blockId(), roverId);
        load.merge(roverId, 1, Integer::sum);
    }
}

package org.srodesk.domain.deployment;

/**
 * One change a commander tries in a what-if, applied in memory to the roster of the period by
 * {@link WhatIfRoster}; nothing is written.
 */
public sealed interface DeploymentChange {

    /** The kind as stored with a saved scenario. */
    String kind();

    /**
     * Takes {@code count} rovers out of the unit for the whole period. Which ones is decided by
     * {@link WhatIfRoster}: those with the fewest covering days in the current plan, ties going to
     * the highest officer id.
     */
    record RemoveRovers(int count) implements DeploymentChange {
        public RemoveRovers {
            if (count < 1) {
                throw new IllegalArgumentException("Remove at least one rover, not " + count);
            }
        }

        @Override
        public String kind() {
            return "REMOVE_ROVERS";
        }
    }

    /**
     * Adds {@code count} new rovers, on duty every school day of the period, in {@code zone}; a blank
     * zone means the zone whose high schools have the most uncovered need-days in the current plan.
     */
    record AddRovers(int count, String zone) implements DeploymentChange {
        public AddRovers {
            if (count < 1) {
                throw new IllegalArgumentException("Add at least one rover, not " + count);
            }
            zone = zone == null ? "" : zone.trim();
        }

        @Override
        public String kind() {
            return "ADD_ROVERS";
        }
    }

    /** Posts a primary SRO to another school for the whole period; the old post is left vacant. */
    record MovePrimary(long officerId, long toSchoolId) implements DeploymentChange {
        @Override
        public String kind() {
            return "MOVE_PRIMARY";
        }
    }

    /** Cuts a school's SRO post: the primaries posted there during the period leave the unit. */
    record DropSchoolSro(long schoolId) implements DeploymentChange {
        @Override
        public String kind() {
            return "DROP_SCHOOL_SRO";
        }
    }
}

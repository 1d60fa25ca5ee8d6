package org.srodesk.domain.coverage;

import java.util.Objects;

/** A rover as the planner sees it: who, and which zone (blank when the district has none). */
public record Rover(long id, String name, String zone) {
    public Rover {
        Objects.requireNonNull(name, "name");
        zone = zone == null ? "" : zone.trim();
    }
}

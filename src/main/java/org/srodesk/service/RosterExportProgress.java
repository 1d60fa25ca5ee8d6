package org.srodesk.service;

/**
 * Told after each school's PDF is written. Called from the rendering threads, one call at a time,
 * with {@code done} rising from 1 to {@code total}.
 */
@FunctionalInterface
public interface RosterExportProgress {

    RosterExportProgress NONE = (done, total, schoolCode) -> { };

    void written(int done, int total, String schoolCode);
}

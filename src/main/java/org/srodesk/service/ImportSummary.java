package org.srodesk.service;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an import did: per file that was present (in import order), how many rows were inserted,
 * updated, or skipped (already there, unchanged); and how many home-school assignments were
 * opened and closed.
 */
public record ImportSummary(Path folder, Map<String, Counts> files, int assignmentsOpened, int assignmentsClosed) {

    public ImportSummary {
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /** Rows of one file. */
    public record Counts(int inserted, int updated, int skipped) {
        public int total() {
            return inserted + updated + skipped;
        }
    }

    /** The counts of {@code fileName}, or all zero when that file was not in the folder. */
    public Counts countsFor(String fileName) {
        return files.getOrDefault(fileName, new Counts(0, 0, 0));
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Imported from ").append(folder).append(':');
        files.forEach((file, c) -> text.append(String.format("%n  %-24s %,9d inserted, %,9d updated, %,9d skipped",
                file, c.inserted(), c.updated(), c.skipped())));
        text.append(String.format("%n  %-24s %,9d opened, %,9d closed",
                "home-school assignments", assignmentsOpened, assignmentsClosed));
        return text.toString();
    }
}

package org.srodesk.service;

/**
 * Receives progress of a long import: what is being done and how far the whole import has got
 * (0.0 to 1.0). Called on the importing thread; a UI forwards it to its task's progress.
 */
@FunctionalInterface
public interface ImportProgress {

    void update(String step, double fraction);

    /** Progress that goes nowhere, for callers that do not show it. */
    static ImportProgress none() {
        return (step, fraction) -> { };
    }
}

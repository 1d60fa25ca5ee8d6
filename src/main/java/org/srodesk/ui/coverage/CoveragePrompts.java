package org.srodesk.ui.coverage;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.srodesk.domain.DateRange;

/**
 * The coverage screen's own questions to the sergeant (which rover to pin, a manual need), kept
 * behind an interface like {@link org.srodesk.ui.common.DialogService} so the view model is
 * tested without a window. Call on the JavaFX thread; each blocks until answered.
 */
public interface CoveragePrompts {

    /** A rover to offer, e.g. "Ofc. Kari Olson — West". */
    record RoverChoice(long roverId, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A school to offer, e.g. "CEN · Central High". */
    record SchoolChoice(long schoolId, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** The sergeant's answer to "add a need". */
    record ManualNeedInput(long schoolId, LocalDate date, String note) {
    }

    /** Asks which rover to pin; empty when cancelled. */
    Optional<Long> chooseRover(String title, String message, List<RoverChoice> choices);

    /** Asks for a school, a day in {@code period} and a note; empty when cancelled. */
    Optional<ManualNeedInput> askManualNeed(List<SchoolChoice> schools, LocalDate suggestedDate, DateRange period);
}

package org.srodesk.export.pdf;

import org.srodesk.domain.DayStatusKind;
import org.srodesk.theme.StatusPalette;

/**
 * What one day of a school's roster says, as the principal reads it. Each kind has a printed label
 * (the page never relies on colour alone) and the palette colour shared with the roster screen.
 */
public enum DayKind {
    /** The school's own SRO is on site. */
    SRO_ON_SITE("SRO on site", StatusPalette.variableName(DayStatusKind.AT_SCHOOL)),
    /** The SRO is away part of the day (a partial day of time off); on site the rest of it. */
    SRO_PART_DAY("SRO away part of the day", StatusPalette.variableName(DayStatusKind.TIME_OFF)),
    /** A rover covers the high school while its SRO is away. */
    ROVER_COVERS("Rover covers", StatusPalette.variableName(DayStatusKind.COVERING)),
    /** An SRO reassigned here by command staff is on site. */
    REASSIGNED_HERE("Reassigned SRO on site", StatusPalette.variableName(DayStatusKind.REASSIGNED)),
    /** No SRO at the school on a school day: the school calls 911. */
    NO_SRO("No SRO — call 911", StatusPalette.NO_SRO),
    /** A junior, middle or elementary school day: the zone's rovers answer calls 07:00–15:00. */
    ROVERS_ON_CALL("Rovers on call 07:00–15:00", StatusPalette.variableName(DayStatusKind.ROVER_DUTY)),
    /** A junior, middle or elementary school day with every rover away or covering: call 911. */
    NO_ROVER("No rover — call 911", StatusPalette.NO_SRO),
    /** Schools not in session (weekend, holiday, break): SROs report to the sergeant. */
    NOT_IN_SESSION("No school", StatusPalette.NON_SESSION);

    private final String label;
    private final String paletteName;

    DayKind(String label, String paletteName) {
        this.label = label;
        this.paletteName = paletteName;
    }

    /** The words the legend prints for this kind. */
    public String label() {
        return label;
    }

    /** The {@link StatusPalette} colour name of this kind, e.g. {@code -sro-no-sro}. */
    public String paletteName() {
        return paletteName;
    }

    /** True for the days on which the school should call 911 for police help. */
    public boolean callsNineOneOne() {
        return this == NO_SRO || this == NO_ROVER;
    }
}

package org.srodesk.ui.common;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.srodesk.domain.DayStatus;
import org.srodesk.domain.DayStatusKind;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.theme.StatusPalette;

/**
 * The key to the roster colours: for every {@link DayStatusKind} a swatch in its colour carrying
 * its short label (the same label the roster cell shows), and a sentence saying what it means;
 * then the non-session shading and the 911 marker. Colours come from the looked-up colours in
 * status-colors.css through the style classes of {@link StatusPalette#styleClass(DayStatusKind)}.
 */
public final class StatusLegend extends GridPane {

    /** One line of the legend. */
    public record Entry(String styleClass, String label, String meaning) {
    }

    /** The legend in two columns. */
    public StatusLegend() {
        this(2);
    }

    /** The legend with its entries in {@code columns} columns, filled row by row. */
    public StatusLegend(int columns) {
        setHgap(10);
        setVgap(8);
        getStyleClass().add("sro-status-legend");
        for (int c = 0; c < columns; c++) {
            ColumnConstraints swatchColumn = new ColumnConstraints();
            swatchColumn.setHalignment(HPos.LEFT);
            ColumnConstraints meaningColumn = new ColumnConstraints();
            meaningColumn.setHgrow(Priority.SOMETIMES);
            meaningColumn.setMinWidth(160);
            getColumnConstraints().addAll(swatchColumn, meaningColumn);
        }
        List<Entry> entries = entries();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            Label swatch = new Label(entry.label());
            swatch.getStyleClass().addAll("sro-status-cell", entry.styleClass());
            swatch.setMinWidth(Region.USE_PREF_SIZE);
            swatch.setMaxWidth(Double.MAX_VALUE);
            Label meaning = new Label(entry.meaning());
            meaning.getStyleClass().add("sro-status-legend-meaning");
            meaning.setWrapText(true);
            int column = (i % columns) * 2;
            int row = i / columns;
            add(swatch, column, row);
            add(meaning, column + 1, row);
        }
    }

    /** The legend's lines, in roster order. */
    public static List<Entry> entries() {
        String timeOff = Arrays.stream(TimeOffKind.values()).map(TimeOffKind::shortLabel)
                .collect(Collectors.joining(" "));
        return List.of(
                entry(DayStatusKind.AT_SCHOOL, sample(DayStatusKind.AT_SCHOOL, "CEN"),
                        "At their own school, shown by the school's code"),
                entry(DayStatusKind.ROVER_DUTY, DayStatus.ROVER_DUTY.shortLabel(),
                        "Rover: answers junior, middle and elementary calls 07:00–15:00"),
                entry(DayStatusKind.COVERING, sample(DayStatusKind.COVERING, "…"),
                        "Rover covering a high school whose SRO is absent"),
                entry(DayStatusKind.TIME_OFF, timeOff, "Time off, by kind; ½ marks part of a day"),
                entry(DayStatusKind.REASSIGNED, sample(DayStatusKind.REASSIGNED, "…"),
                        "Reassigned by command staff to another school or duty"),
                entry(DayStatusKind.UNIT_DUTY, DayStatus.UNIT_DUTY.shortLabel(),
                        "Schools closed: reports to the sergeant or commander"),
                entry(DayStatusKind.UNASSIGNED, DayStatus.UNASSIGNED.shortLabel(),
                        "Primary SRO without a school on a school day"),
                new Entry("sro-non-session", "Sat", "Day schools are not in session"),
                new Entry("sro-no-sro", "911", "No SRO at the school that day: it calls 911"));
    }

    private static Entry entry(DayStatusKind kind, String label, String meaning) {
        return new Entry(StatusPalette.styleClass(kind), label, meaning);
    }

    private static String sample(DayStatusKind kind, String place) {
        return new DayStatus(kind, 0, place, null, false, 0).shortLabel();
    }
}

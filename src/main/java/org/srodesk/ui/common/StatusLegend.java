package org.srodesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
 * The key to the roster colours: for every {@link DayStatusKind} (and every kind of time off) a
 * swatch in its colour carrying its short label, the same label the roster cell shows, with a few
 * words on what it means; then the non-session shading and the 911 marker, and one sentence on how
 * to read the roster without colour. Colours come from the looked-up colours in status-colors.css
 * through the style classes of {@link StatusPalette#styleClass(DayStatusKind)}.
 */
public final class StatusLegend extends GridPane {

    /** What the legend says under the swatches. */
    public static final String EXPLANATION = "Every roster cell shows its label as well as its colour, "
            + "and the colours differ in lightness, so the roster also reads in greyscale print.";

    /** One swatch of the legend. */
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
            meaning.setMinWidth(Region.USE_PREF_SIZE);
            add(swatch, (i % columns) * 2, i / columns);
            add(meaning, (i % columns) * 2 + 1, i / columns);
        }
        Label explanation = new Label(EXPLANATION);
        explanation.setWrapText(true);
        explanation.getStyleClass().add("sro-status-legend-explanation");
        add(explanation, 0, (entries.size() + columns - 1) / columns, columns * 2, 1);
    }

    /** The legend's swatches, in roster order. */
    public static List<Entry> entries() {
        List<Entry> entries = new ArrayList<>(List.of(
                entry(DayStatusKind.AT_SCHOOL, sample(DayStatusKind.AT_SCHOOL, "CEN"), "At own school (its code)"),
                entry(DayStatusKind.ROVER_DUTY, DayStatus.ROVER_DUTY.shortLabel(), "Rover duty, calls 07:00–15:00"),
                entry(DayStatusKind.COVERING, sample(DayStatusKind.COVERING, "…"), "Rover covering a high school"),
                entry(DayStatusKind.REASSIGNED, sample(DayStatusKind.REASSIGNED, "…"), "Reassigned by command staff"),
                entry(DayStatusKind.UNIT_DUTY, DayStatus.UNIT_DUTY.shortLabel(), "Schools closed: unit duty"),
                entry(DayStatusKind.UNASSIGNED, DayStatus.UNASSIGNED.shortLabel(), "Primary SRO without a school"),
                new Entry("sro-no-sro", "911", "No SRO at school: call 911"),
                new Entry("sro-non-session", "Sat", "Schools not in session")));
        for (TimeOffKind kind : TimeOffKind.values()) {
            entries.add(entry(DayStatusKind.TIME_OFF, kind.shortLabel(),
                    "Time off: " + kind.label().toLowerCase(Locale.ROOT)));
        }
        return List.copyOf(entries);
    }

    private static Entry entry(DayStatusKind kind, String label, String meaning) {
        return new Entry(StatusPalette.styleClass(kind), label, meaning);
    }

    private static String sample(DayStatusKind kind, String place) {
        return new DayStatus(kind, 0, place, null, false, 0).shortLabel();
    }
}

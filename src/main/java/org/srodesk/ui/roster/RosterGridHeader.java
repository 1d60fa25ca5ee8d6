package org.srodesk.ui.roster;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

import org.srodesk.domain.roster.RosterModel;

/** The sticky header of the roster grid: "Officer" over the frozen column, weekday and day over each day. */
final class RosterGridHeader extends StackPane {

    private final RosterGrid grid;
    private final DayStrip strip;

    RosterGridHeader(RosterGrid grid) {
        this.grid = grid;
        getStyleClass().add("roster-header");
        Label corner = new Label("Officer · badge · post");
        corner.getStyleClass().add("roster-header-corner");
        corner.setMaxWidth(Double.MAX_VALUE);
        strip = new DayStrip(corner, RosterGrid.FROZEN_WIDTH, grid.horizontalOffsetProperty(), grid.dayWidthProperty());
        getChildren().add(strip);
    }

    void rebuild() {
        RosterModel model = grid.getModel();
        List<LocalDate> days = model == null ? List.of() : model.days();
        List<Label> cells = strip.cells(days.size(), "roster-header-cell");
        int today = grid.todayIndex();
        for (int d = 0; d < cells.size(); d++) {
            LocalDate day = days.get(d);
            Label cell = cells.get(d);
            cell.setText(day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + "\n" + day.getDayOfMonth());
            cell.pseudoClassStateChanged(RosterRowCell.NON_SESSION, !model.isInSession(d));
            cell.pseudoClassStateChanged(RosterRowCell.TODAY, d == today);
            String note = model.snapshot().calendar().note(day);
            cell.setAccessibleText(day + (model.isInSession(d) ? " school day" : " no school") + (note.isBlank() ? "" : ", " + note));
        }
    }

    DayStrip strip() {
        return strip;
    }
}

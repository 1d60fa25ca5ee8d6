package org.srodesk.ui.roster;

import java.util.List;
import java.util.function.ToIntFunction;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.srodesk.domain.roster.DayTotals;
import org.srodesk.domain.roster.RosterModel;

/**
 * The sticky total lines under the roster: per day, officers at schools, rovers free for calls, and
 * high schools without an SRO (marked: those schools call 911). Counted over the whole unit.
 */
final class RosterTotals extends VBox {

    private static final PseudoClass ALERT = PseudoClass.getPseudoClass("alert");

    private record Line(DayStrip strip, ToIntFunction<DayTotals> value, boolean alertWhenPositive) {
    }

    private final RosterGrid grid;
    private final List<Line> lines;

    RosterTotals(RosterGrid grid) {
        this.grid = grid;
        getStyleClass().add("roster-totals");
        lines = List.of(
                line("Officers at schools", DayTotals::officersAtSchools, false),
                line("Rovers free for calls", DayTotals::roversFree, false),
                line("High schools without SRO", DayTotals::highSchoolsWithoutSro, true));
        lines.forEach(line -> getChildren().add(line.strip()));
    }

    private Line line(String caption, ToIntFunction<DayTotals> value, boolean alert) {
        Label label = new Label(caption);
        label.getStyleClass().add("roster-totals-caption");
        label.setMaxWidth(Double.MAX_VALUE);
        return new Line(new DayStrip(label, RosterGrid.FROZEN_WIDTH, grid.horizontalOffsetProperty(),
                grid.dayWidthProperty()), value, alert);
    }

    void rebuild() {
        RosterModel model = grid.getModel();
        List<DayTotals> totals = model == null ? List.of() : model.totals();
        int today = grid.todayIndex();
        for (Line line : lines) {
            List<Label> cells = line.strip().cells(totals.size(), "roster-total-cell");
            for (int d = 0; d < cells.size(); d++) {
                DayTotals day = totals.get(d);
                int value = line.value().applyAsInt(day);
                Label cell = cells.get(d);
                cell.setText(day.inSession() ? Integer.toString(value) : "—");
                boolean alert = line.alertWhenPositive() && day.inSession() && value > 0;
                cell.pseudoClassStateChanged(ALERT, alert);
                cell.getStyleClass().removeAll("sro-no-sro");
                if (alert) {
                    cell.getStyleClass().add("sro-no-sro");
                }
                cell.pseudoClassStateChanged(RosterRowCell.NON_SESSION, !day.inSession());
                cell.pseudoClassStateChanged(RosterRowCell.TODAY, d == today);
            }
        }
    }
}

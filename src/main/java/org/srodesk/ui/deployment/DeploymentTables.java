package org.srodesk.ui.deployment;

import java.util.Locale;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.deployment.OfficerFigures;
import org.srodesk.domain.deployment.RoverFigures;
import org.srodesk.domain.deployment.SchoolFigures;

/** The columns of the deployment tables; numbers sort as numbers, days without an SRO are marked. */
final class DeploymentTables {

    private DeploymentTables() {
    }

    static void schools(TableView<SchoolFigures> table) {
        dense(table);
        table.getColumns().setAll(java.util.List.of(
                text("School", 68, s -> s.school().code()),
                text("Name", 150, s -> s.school().name()),
                text("Level", 64, s -> shortLevel(s.school().level())),
                text("Zone", 72, s -> s.school().zone()),
                text("Primary SRO", 116, SchoolFigures::primaries),
                tip(number("Days", SchoolFigures::schoolDays), "School days in the period"),
                tip(number("On site", SchoolFigures::sroOnSiteDays), "Days with its SRO (or a reassigned officer) on site"),
                tip(number("Covered", SchoolFigures::roverCoveredDays), "Days a rover covered the school"),
                tip(number("On call", SchoolFigures::roverOnCallDays), "Junior/middle/elementary: days a rover was on duty within reach"),
                tip(alarm(number("911", SchoolFigures::noSroDays)), "Days with no SRO: the school calls 911"),
                tip(number("Calls", s -> s.calls()), "Calls for service in the period"),
                tip(number("Calls 911", s -> s.callsOnNoSroDays()), "Calls for service on the days with no SRO"),
                tip(decimal("Per 911 day", SchoolFigures::callsPerNoSroDay), "Calls per day with no SRO")));
    }

    static void officers(TableView<OfficerFigures> table) {
        dense(table);
        table.getColumns().setAll(java.util.List.of(
                text("Badge", 70, o -> o.officer().badge()),
                text("Officer", 170, o -> o.officer().sortName()),
                text("Role", 90, o -> o.officer().isRover() ? "Rover" : "Primary SRO"),
                text("Zone", 70, o -> o.officer().zone()),
                text("Post", 70, OfficerFigures::homeSchool),
                number("At post", OfficerFigures::atPostDays),
                number("Covering", OfficerFigures::coveringDays),
                number("Rover duty", OfficerFigures::roverDutyDays),
                number("Reassigned", OfficerFigures::reassignedDays),
                number("Time off", OfficerFigures::totalTimeOffDays),
                text("Time off by kind", 200, DeploymentTables::timeOffByKind)));
    }

    static void rovers(TableView<RoverFigures> table) {
        dense(table);
        table.getColumns().setAll(java.util.List.of(
                text("Badge", 70, r -> r.officer().badge()),
                text("Rover", 180, r -> r.officer().sortName()),
                text("Zone", 80, r -> r.officer().zone()),
                number("School days", RoverFigures::schoolDays),
                number("Covering", RoverFigures::coveringDays),
                number("Reserve", RoverFigures::reserveDays),
                number("Away", RoverFigures::awayDays),
                decimal("Covering share %", r -> 100 * r.coveringShare())));
    }

    /** The theme's compact rows (AtlantaFX "dense"): a district has hundreds of schools. */
    private static void dense(TableView<?> table) {
        table.getStyleClass().add("dense");
    }

    static String shortLevel(org.srodesk.domain.SchoolLevel level) {
        return switch (level) {
            case HIGH -> "High";
            case JUNIOR_HIGH -> "Jr high";
            case MIDDLE -> "Middle";
            case ELEMENTARY -> "Elem.";
        };
    }

    static String timeOffByKind(OfficerFigures o) {
        StringBuilder text = new StringBuilder();
        for (TimeOffKind kind : TimeOffKind.values()) {
            int days = o.timeOffDays(kind);
            if (days > 0) {
                text.append(text.isEmpty() ? "" : " · ").append(kind.shortLabel()).append(' ').append(days);
            }
        }
        return text.toString();
    }

    private static <T> TableColumn<T, String> text(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    private static <T> TableColumn<T, Number> number(String title, Function<T, Number> value) {
        TableColumn<T, Number> column = new TableColumn<>(title);
        column.setPrefWidth(Math.max(70, title.length() * 8.2 + 36));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setComparator((a, b) -> Double.compare(a.doubleValue(), b.doubleValue()));
        column.getStyleClass().add("number-column");
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : String.format(Locale.ROOT, "%,d", item.longValue()));
            }
        });
        return column;
    }

    private static <T> TableColumn<T, Number> decimal(String title, Function<T, Double> value) {
        TableColumn<T, Number> column = number(title, value::apply);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : String.format(Locale.ROOT, "%.1f", item.doubleValue()));
            }
        });
        return column;
    }

    /** A header with a tooltip saying what the short title counts. */
    private static <T, V> TableColumn<T, V> tip(TableColumn<T, V> column, String text) {
        javafx.scene.control.Label header = new javafx.scene.control.Label(column.getText());
        header.setTooltip(new javafx.scene.control.Tooltip(text));
        column.setGraphic(header);
        column.setText("");
        return column;
    }

    /** Marks non-zero counts with the no-SRO colour (and keeps the number: never colour alone). */
    private static <T> TableColumn<T, Number> alarm(TableColumn<T, Number> column) {
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("no-sro-cell");
                setText(empty || item == null ? null : String.format(Locale.ROOT, "%,d", item.longValue()));
                if (!empty && item != null && item.longValue() > 0) {
                    getStyleClass().add("no-sro-cell");
                }
            }
        });
        return column;
    }
}

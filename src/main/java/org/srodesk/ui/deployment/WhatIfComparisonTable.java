package org.srodesk.ui.deployment;

import java.util.List;
import java.util.Locale;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Columns of the side-by-side comparison: measure, current, what-if, change (worse in the no-SRO colour). */
final class WhatIfComparisonTable {

    private WhatIfComparisonTable() {
    }

    static void columns(TableView<ComparisonRow> table) {
        TableColumn<ComparisonRow, String> measure = new TableColumn<>("Measure");
        measure.setPrefWidth(300);
        measure.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().measure()));
        TableColumn<ComparisonRow, Number> current = number("Current", ComparisonRow::current);
        TableColumn<ComparisonRow, Number> whatIf = number("What-if", ComparisonRow::whatIf);
        TableColumn<ComparisonRow, ComparisonRow> change = new TableColumn<>("Change");
        change.setPrefWidth(130);
        change.setMinWidth(120);
        change.getStyleClass().add("number-column");
        change.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        change.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ComparisonRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("change-worse", "change-better");
                if (empty || row == null) {
                    setText(null);
                    return;
                }
                setText(row.changeLabel() + (row.isWorse() ? "  worse" : row.isBetter() ? "  better" : ""));
                if (row.isWorse()) {
                    getStyleClass().add("change-worse");
                } else if (row.isBetter()) {
                    getStyleClass().add("change-better");
                }
            }
        });
        table.getColumns().setAll(List.of(measure, current, whatIf, change));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private static TableColumn<ComparisonRow, Number> number(String title, java.util.function.ToLongFunction<ComparisonRow> value) {
        TableColumn<ComparisonRow, Number> column = new TableColumn<>(title);
        column.setPrefWidth(90);
        column.getStyleClass().add("number-column");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsLong(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : String.format(Locale.ROOT, "%,d", item.longValue()));
            }
        });
        return column;
    }
}

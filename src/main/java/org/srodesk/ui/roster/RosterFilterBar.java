package org.srodesk.ui.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;

import org.srodesk.domain.OfficerRole;
import org.srodesk.domain.SchoolLevel;

/** The roster's filter line: role, school level, zone, name-or-badge search, "only unusual", and a count. */
public final class RosterFilterBar extends HBox {

    private final ComboBox<OfficerRole> role = choice("All roles", r -> r == OfficerRole.ROVER ? "Rovers" : "Primary SROs");
    private final ComboBox<SchoolLevel> level = choice("All levels", SchoolLevel::label);
    private final ComboBox<String> zone = choice("All zones", z -> "Zone " + z);
    private final TextField search = new TextField();
    private final CheckBox onlyUnusual = new CheckBox("Only unusual");
    private final Label count = new Label();

    public RosterFilterBar() {
        super(8);
        getStyleClass().add("roster-filter-bar");
        role.getItems().setAll(withAll(List.of(OfficerRole.values())));
        level.getItems().setAll(withAll(List.of(SchoolLevel.values())));
        role.setId("roleFilter");
        level.setId("levelFilter");
        zone.setId("zoneFilter");
        search.setId("rosterSearch");
        onlyUnusual.setId("onlyUnusual");
        search.setPromptText("Search name or badge (Ctrl+F)");
        search.setPrefColumnCount(18);
        onlyUnusual.setAccessibleHelp("Officers with time off, a reassignment or rover coverage in the period");
        count.getStyleClass().add("roster-count");
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        onlyUnusual.setMinWidth(USE_PREF_SIZE);
        count.setMinWidth(0);
        getChildren().addAll(role, level, zone, search, onlyUnusual, spacer, count);
    }

    /** Two-way binds the controls to the view model's filter properties. */
    public void bind(RosterViewModel viewModel) {
        bindChoice(role, viewModel.roleProperty());
        bindChoice(level, viewModel.levelProperty());
        zone.getItems().setAll(withAll(viewModel.zones()));
        viewModel.zones().addListener((ListChangeListener<String>) change -> {
            String chosen = zone.getValue();
            zone.getItems().setAll(withAll(viewModel.zones()));
            zone.setValue(chosen);
        });
        zone.valueProperty().addListener((o, a, b) -> viewModel.zoneProperty().set(b == null ? "" : b));
        viewModel.zoneProperty().addListener((o, a, b) -> zone.setValue(b == null || b.isBlank() ? null : b));
        StringProperty text = viewModel.searchProperty();
        search.textProperty().bindBidirectional(text);
        onlyUnusual.selectedProperty().bindBidirectional(viewModel.onlyUnusualProperty());
        count.textProperty().bind(viewModel.statusProperty());
    }

    public TextField searchField() {
        return search;
    }

    private static <T> void bindChoice(ComboBox<T> box, ObjectProperty<T> property) {
        box.setValue(property.get());
        box.valueProperty().addListener((o, a, b) -> property.set(b));
        property.addListener((o, a, b) -> box.setValue(b));
    }

    private static <T> ObservableList<T> withAll(List<T> values) {
        List<T> items = new ArrayList<>();
        items.add(null);
        items.addAll(values);
        return FXCollections.observableArrayList(items);
    }

    private static <T> ComboBox<T> choice(String all, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.setCellFactory(list -> new ChoiceCell<>(all, label));
        box.setButtonCell(new ChoiceCell<>(all, label));
        return box;
    }

    private static final class ChoiceCell<T> extends ListCell<T> {
        private final String all;
        private final Function<T, String> label;

        ChoiceCell(String all, Function<T, String> label) {
            this.all = all;
            this.label = label;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(item == null ? all : label.apply(item));
        }
    }
}

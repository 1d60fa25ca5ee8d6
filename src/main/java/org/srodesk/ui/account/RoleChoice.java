package org.srodesk.ui.account;

import java.util.Locale;
import java.util.stream.Collectors;

import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

import org.srodesk.domain.account.Permission;
import org.srodesk.domain.account.Role;

/** A role picker showing each role's name, and in words what it may do. */
final class RoleChoice {

    private RoleChoice() {
    }

    static ComboBox<Role> of(String id, ObjectProperty<Role> value) {
        ComboBox<Role> box = new ComboBox<>(FXCollections.observableArrayList(Role.values()));
        box.setId(id);
        box.valueProperty().bindBidirectional(value);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role role) {
                return role == null ? "" : role.label();
            }

            @Override
            public Role fromString(String text) {
                return null;
            }
        });
        return box;
    }

    /** "may schedule officers, export rosters and reports, …" or "reads every screen, changes nothing". */
    static String mayText(Role role) {
        if (role == null) {
            return "";
        }
        if (role.permissions().isEmpty()) {
            return "Reads every screen; changes and exports nothing.";
        }
        String may = role.permissions().stream().sorted().map(Permission::description)
                .collect(Collectors.joining(", "));
        return "Reads every screen and may " + may.toLowerCase(Locale.ROOT) + ".";
    }
}

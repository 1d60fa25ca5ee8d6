package org.srodesk.ui.compliance;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

import org.srodesk.service.ValidationException;

/**
 * The per-field messages of a dialog: the service's refusals ({@link ValidationException}) and the
 * dialog's own checks, each cleared when its field is edited; plus one general problem line.
 */
final class FieldErrors {

    private final ObservableMap<String, String> byField = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    void clearOnEdit(ObservableValue<?> value, String field) {
        value.addListener((obs, old, now) -> {
            byField.remove(field);
            problem.set("");
        });
    }

    void put(String field, String message) {
        byField.put(field, message);
    }

    /** Shows what the service refused, field by field; anything else as the problem line. */
    void failed(Throwable error, String what) {
        if (error instanceof ValidationException refused) {
            refused.errors().forEach(e -> byField.put(e.field(), e.message()));
        } else {
            problem.set(what + ": " + error.getMessage());
        }
    }

    String get(String field) {
        return byField.getOrDefault(field, "");
    }

    boolean isEmpty() {
        return byField.isEmpty();
    }

    ObservableMap<String, String> map() {
        return byField;
    }

    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}

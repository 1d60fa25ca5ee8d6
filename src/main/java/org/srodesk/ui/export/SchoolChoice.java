package org.srodesk.ui.export;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import org.srodesk.domain.School;

/** A school in the export's list, with whether it is ticked for "a selection". */
public final class SchoolChoice {

    private final School school;
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected", false);

    public SchoolChoice(School school) {
        this.school = school;
    }

    public School school() {
        return school;
    }

    public String code() {
        return school.code();
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }

    public void setSelected(boolean value) {
        selected.set(value);
    }

    /** True when {@code query} (any case) is part of the code or the name. */
    public boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String q = query.strip().toLowerCase(java.util.Locale.ROOT);
        return school.code().toLowerCase(java.util.Locale.ROOT).contains(q)
                || school.name().toLowerCase(java.util.Locale.ROOT).contains(q);
    }

    /** "CEN — Central High School (High)", as lists and the combo box show it. */
    @Override
    public String toString() {
        return school.code() + " — " + school.name() + " (" + school.level().label() + ")";
    }
}

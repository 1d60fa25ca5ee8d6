package org.srodesk.ui.account;

import java.util.Objects;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A new password typed twice, with the message shown under each of the two fields: the part every dialog
 * that chooses a password shares (first administrator, new account, reset, change). Typing in a field
 * clears its message.
 */
final class NewPassword {

    private final StringProperty password;
    private final StringProperty repeat;
    private final ReadOnlyStringWrapper passwordError;
    private final ReadOnlyStringWrapper repeatError;

    /** @param bean the view model, named as the properties' bean; {@code name} the first field's name */
    NewPassword(Object bean, String name) {
        password = new SimpleStringProperty(bean, name, "");
        repeat = new SimpleStringProperty(bean, "repeat", "");
        passwordError = new ReadOnlyStringWrapper(bean, name + "Error", "");
        repeatError = new ReadOnlyStringWrapper(bean, "repeatError", "");
        password.addListener((obs, old, now) -> passwordError.set(""));
        repeat.addListener((obs, old, now) -> repeatError.set(""));
    }

    /** True when both fields hold the same text; otherwise the repeat field says so. */
    boolean typedTwiceAlike() {
        if (!Objects.equals(password.get(), repeat.get())) {
            repeatError.set(PasswordRules.MISMATCH);
            return false;
        }
        return true;
    }

    /** The password as characters, for the service (clear the array when it is done). */
    char[] chars() {
        return password.get().toCharArray();
    }

    /** Empties both fields (after a successful save). */
    void clear() {
        password.set("");
        repeat.set("");
    }

    /** Shows the service's refusal of the password (null or empty: none) under the first field. */
    void refused(String message) {
        passwordError.set(message == null ? "" : message);
    }

    StringProperty passwordProperty() { return password; }
    StringProperty repeatProperty() { return repeat; }
    ReadOnlyStringProperty passwordErrorProperty() { return passwordError.getReadOnlyProperty(); }
    ReadOnlyStringProperty repeatErrorProperty() { return repeatError.getReadOnlyProperty(); }
}

package org.srodesk.ui.common;

import java.util.LinkedHashMap;
import java.util.Map;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The busy/message bookkeeping shared by the task runners; not thread-safe, confine to one thread. */
final class RunningWork {

    private final Map<Long, String> running = new LinkedHashMap<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private long nextId;

    long started(String text) {
        long id = ++nextId;
        running.put(id, text == null ? "" : text);
        update();
        return id;
    }

    void finished(long id) {
        running.remove(id);
        update();
    }

    private void update() {
        String latest = "";
        for (String text : running.values()) {
            latest = text;
        }
        message.set(latest);
        busy.set(!running.isEmpty());
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}

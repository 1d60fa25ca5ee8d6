package org.srodesk.ui.timeoff;

import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

import org.srodesk.service.Actor;
import org.srodesk.service.TimeOffSettings;
import org.srodesk.service.TimeOffSettingsService;
import org.srodesk.service.ValidationException;
import org.srodesk.ui.common.TaskRunner;

/** The settings dialog: N, M and the SMTP server. The password is not a setting: it is asked when sending. */
public final class TimeOffSettingsViewModel {

    private final TimeOffSettingsService service;
    private final TaskRunner tasks;
    private final Actor actor;
    private final IntegerProperty extendedDays = new SimpleIntegerProperty(this, "extendedDays");
    private final IntegerProperty noticeDays = new SimpleIntegerProperty(this, "noticeDays");
    private final StringProperty host = new SimpleStringProperty(this, "host", "");
    private final IntegerProperty port = new SimpleIntegerProperty(this, "port");
    private final BooleanProperty startTls = new SimpleBooleanProperty(this, "startTls");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty from = new SimpleStringProperty(this, "from", "");
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();

    public TimeOffSettingsViewModel(TimeOffSettingsService service, TaskRunner tasks, TimeOffSettings current,
                                    Actor actor) {
        this.service = Objects.requireNonNull(service);
        this.tasks = Objects.requireNonNull(tasks);
        this.actor = Objects.requireNonNull(actor, "actor");
        extendedDays.set(current.policy().extendedSchoolDays());
        noticeDays.set(current.policy().noticeDays());
        host.set(current.smtp().host());
        port.set(current.smtp().port());
        startTls.set(current.smtp().startTls());
        user.set(current.smtp().user());
        from.set(current.smtp().from());
    }

    /** Saves off the FX thread; {@code onSaved} runs when stored, field errors fill {@link #fieldErrors()}. */
    public void save(Consumer<TimeOffSettings> onSaved) {
        fieldErrors.clear();
        tasks.run("Saving settings…", () -> service.save(extendedDays.get(), noticeDays.get(), host.get(), port.get(),
                startTls.get(), user.get(), from.get(), actor), onSaved, error -> {
                    if (error instanceof ValidationException refused) {
                        refused.errors().forEach(e -> fieldErrors.put(e.field(), e.message()));
                    } else {
                        fieldErrors.put(TimeOffSettingsService.FIELD_EXTENDED, "Not saved: " + error.getMessage());
                    }
                });
    }

    public IntegerProperty extendedDaysProperty() { return extendedDays; }
    public IntegerProperty noticeDaysProperty() { return noticeDays; }
    public StringProperty hostProperty() { return host; }
    public IntegerProperty portProperty() { return port; }
    public BooleanProperty startTlsProperty() { return startTls; }
    public StringProperty userProperty() { return user; }
    public StringProperty fromProperty() { return from; }
    public ObservableMap<String, String> fieldErrors() { return fieldErrors; }
}

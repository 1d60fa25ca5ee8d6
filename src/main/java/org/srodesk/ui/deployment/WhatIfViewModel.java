package org.srodesk.ui.deployment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.srodesk.domain.DateRange;
import org.srodesk.domain.Officer;
import org.srodesk.domain.School;
import org.srodesk.domain.account.Permission;
import org.srodesk.domain.deployment.DeploymentChange;
import org.srodesk.domain.deployment.OfficerFigures;
import org.srodesk.domain.deployment.SavedScenario;
import org.srodesk.domain.deployment.ScenarioOutcome;
import org.srodesk.domain.deployment.SchoolFigures;
import org.srodesk.domain.deployment.WhatIfComparison;
import org.srodesk.service.Actor;
import org.srodesk.service.DeploymentReview;
import org.srodesk.service.DeploymentService;
import org.srodesk.service.ValidationException;
import org.srodesk.ui.common.DialogService;
import org.srodesk.ui.common.FileType;
import org.srodesk.ui.common.RoleGate;
import org.srodesk.ui.common.TaskRunner;

/**
 * The what-if panel: the changes to try, running them (the service re-plans the period twice and
 * writes nothing), the side-by-side comparison, saving it as a named scenario and exporting it.
 */
public final class WhatIfViewModel {

    /** The zone choice meaning "where the current plan lacks most". */
    public static final String NEEDIEST_ZONE = "Zone most in need";

    private final DeploymentService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Actor actor;
    private final IntegerProperty removeCount = new SimpleIntegerProperty(this, "removeCount", 2);
    private final IntegerProperty addCount = new SimpleIntegerProperty(this, "addCount", 1);
    private final StringProperty addZone = new SimpleStringProperty(this, "addZone", NEEDIEST_ZONE);
    private final ObjectProperty<Officer> moveOfficer = new SimpleObjectProperty<>(this, "moveOfficer");
    private final ObjectProperty<School> moveTo = new SimpleObjectProperty<>(this, "moveTo");
    private final ObjectProperty<School> dropSchool = new SimpleObjectProperty<>(this, "dropSchool");
    private final StringProperty scenarioName = new SimpleStringProperty(this, "scenarioName", "");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final ObservableList<DeploymentChange> changes = FXCollections.observableArrayList();
    private final ObservableList<ComparisonRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ObservableList<Officer> primaries = FXCollections.observableArrayList();
    private final ObservableList<School> schools = FXCollections.observableArrayList();
    private final ObservableList<String> zones = FXCollections.observableArrayList();
    private final ObservableList<SavedScenario> saved = FXCollections.observableArrayList();
    private final ObjectProperty<SavedScenario> selectedScenario = new SimpleObjectProperty<>(this, "selectedScenario");
    private boolean scenariosLoaded;
    private final ReadOnlyObjectWrapper<WhatIfComparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private Map<Long, Officer> officersById = Map.of();
    private Map<Long, School> schoolsById = Map.of();
    private DateRange period;
    private DateRange comparedPeriod;

    WhatIfViewModel(DeploymentService service, TaskRunner tasks, DialogService dialogs, Actor actor) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.actor = actor;
    }

    /** The period and the people and schools to choose from; a comparison of another period is cleared. */
    void setReview(DeploymentReview review) {
        period = review.period();
        List<Officer> officers = review.figures().officers().stream().map(OfficerFigures::officer).toList();
        officersById = officers.stream().collect(Collectors.toMap(Officer::id, Function.identity(), (a, b) -> a));
        List<School> all = review.figures().schools().stream().map(SchoolFigures::school).toList();
        schoolsById = all.stream().collect(Collectors.toMap(School::id, Function.identity()));
        primaries.setAll(officers.stream().filter(o -> !o.isRover()).sorted(Comparator.comparing(Officer::sortName)).toList());
        schools.setAll(all);
        TreeSet<String> z = new TreeSet<>();
        officers.stream().filter(Officer::isRover).map(Officer::zone).filter(s -> !s.isBlank()).forEach(z::add);
        List<String> zoneChoices = new ArrayList<>(List.of(NEEDIEST_ZONE));
        zoneChoices.addAll(z);
        zones.setAll(zoneChoices);
        if (addZone.get() == null || !zones.contains(addZone.get())) {
            addZone.set(NEEDIEST_ZONE); // a combo box clears its value when its items are replaced
        }
        if (!period.equals(comparedPeriod)) {
            clearResult();
        }
        if (!scenariosLoaded) {
            scenariosLoaded = true;
            refreshScenarios();
        }
    }

    /** Reads the saved scenarios, newest first. */
    public void refreshScenarios() {
        tasks.run("Reading saved scenarios…", service::scenarios, saved::setAll,
                e -> dialogs.showError("Saved scenarios", "The saved scenarios could not be read: " + e.getMessage(), e));
    }

    /** Puts the selected saved scenario's changes back in the list, to run them on the period shown. */
    public void loadSelectedScenario() {
        SavedScenario scenario = selectedScenario.get();
        if (scenario == null) {
            return;
        }
        changes.setAll(scenario.changes());
        clearResult();
        summary.set("Changes of \"" + scenario.name() + "\" loaded — run them on this period.");
    }

    /** "Minus two rovers · 2025-07-01–2026-06-30 · 911 days 72 → 80". */
    public static String describe(SavedScenario s) {
        return s.name() + " · " + s.periodStart() + "–" + s.periodEnd() + " · 911 days "
                + s.currentUncoveredHighSchoolDays() + " → " + s.whatIfUncoveredHighSchoolDays();
    }

    // ---- changes

    public void addRemoveRovers() {
        changes.add(new DeploymentChange.RemoveRovers(Math.max(1, removeCount.get())));
    }

    public void addAddRovers() {
        String zone = addZone.get() == null || NEEDIEST_ZONE.equals(addZone.get()) ? "" : addZone.get();
        changes.add(new DeploymentChange.AddRovers(Math.max(1, addCount.get()), zone));
    }

    public void addMove() {
        if (moveOfficer.get() == null || moveTo.get() == null) {
            dialogs.showError("Move a primary SRO", "Choose the officer and the school to post them to.");
            return;
        }
        changes.add(new DeploymentChange.MovePrimary(moveOfficer.get().id(), moveTo.get().id()));
    }

    public void addDrop() {
        if (dropSchool.get() == null) {
            dialogs.showError("Drop a school's SRO", "Choose the school whose SRO post is cut.");
            return;
        }
        changes.add(new DeploymentChange.DropSchoolSro(dropSchool.get().id()));
    }

    public void removeChange(DeploymentChange change) {
        changes.remove(change);
    }

    public void clearChanges() {
        changes.clear();
        clearResult();
    }

    private void clearResult() {
        comparison.set(null);
        comparedPeriod = null;
        rows.clear();
        notes.clear();
        summary.set("");
    }

    /** A sentence for a change: "Remove 2 rovers (fewest covering days first)". */
    public String describe(DeploymentChange change) {
        if (change instanceof DeploymentChange.RemoveRovers r) {
            return "Remove " + r.count() + (r.count() == 1 ? " rover" : " rovers") + " (fewest covering days first)";
        } else if (change instanceof DeploymentChange.AddRovers a) {
            return "Add " + a.count() + (a.count() == 1 ? " rover" : " rovers") + " in "
                    + (a.zone().isBlank() ? "the zone most in need" : "zone " + a.zone());
        } else if (change instanceof DeploymentChange.MovePrimary m) {
            Officer o = officersById.get(m.officerId());
            School s = schoolsById.get(m.toSchoolId());
            return "Move " + (o == null ? "officer " + m.officerId() : o.displayName()) + " to "
                    + (s == null ? "school " + m.toSchoolId() : s.code() + " " + s.name());
        }
        DeploymentChange.DropSchoolSro d = (DeploymentChange.DropSchoolSro) change;
        School s = schoolsById.get(d.schoolId());
        return "Drop the SRO post at " + (s == null ? "school " + d.schoolId() : s.code() + " " + s.name());
    }

    // ---- run, save, export

    /** Re-plans the period with and without the changes, off the JavaFX thread. */
    public void run() {
        if (period == null) {
            return;
        }
        if (changes.isEmpty()) {
            dialogs.showError("What-if", "Add at least one change to try.");
            return;
        }
        DateRange p = period;
        List<DeploymentChange> tried = List.copyOf(changes);
        tasks.run("Re-planning the period with and without the changes…", () -> service.whatIf(p, tried),
                result -> show(p, result),
                e -> dialogs.showError("What-if", "The what-if could not be computed: " + e.getMessage(), e));
    }

    private void show(DateRange p, WhatIfComparison result) {
        comparedPeriod = p;
        comparison.set(result);
        ScenarioOutcome a = result.current();
        ScenarioOutcome b = result.whatIf();
        rows.setAll(
                new ComparisonRow("High-school days with no SRO (911)", a.uncoveredHighSchoolDays(), b.uncoveredHighSchoolDays(), true),
                new ComparisonRow("Days with fewer than R rovers in reserve", a.daysBelowReserve(), b.daysBelowReserve(), true),
                new ComparisonRow("Calls at schools on days without an officer", a.callsWithoutOfficer(), b.callsWithoutOfficer(), true),
                new ComparisonRow("Extended-absence need-days left uncovered", a.uncoveredNeedDays(), b.uncoveredNeedDays(), true),
                new ComparisonRow("Rover days covering high schools", a.figures().totals().roverCoveringDays(),
                        b.figures().totals().roverCoveringDays(), false),
                new ComparisonRow("Rovers", a.rovers(), b.rovers(), false));
        notes.setAll(result.notes());
        int delta = result.uncoveredHighSchoolDaysChange();
        summary.set(delta == 0 ? "No change in high-school days without an SRO."
                : (delta > 0 ? delta + " more" : -delta + " fewer") + " high-school days without an SRO (911) in the period.");
    }

    public void save() {
        WhatIfComparison c = comparison.get();
        if (c == null || !canSave()) {
            return;
        }
        String name = scenarioName.get();
        DateRange p = comparedPeriod;
        tasks.run("Saving scenario…", () -> service.saveScenario(name, p, c, actor), this::saved, e -> {
            if (e instanceof ValidationException v) {
                dialogs.showError("Save scenario", String.join(" ", v.byField().values()));
            } else {
                RoleGate.showFailure(dialogs, "Save scenario", "The scenario could not be saved: " + e.getMessage(), e);
            }
        });
    }

    private void saved(SavedScenario scenario) {
        summary.set("Saved as \"" + scenario.name() + "\".");
        scenarioName.set("");
        saved.add(0, scenario);
    }

    public void export() {
        WhatIfComparison c = comparison.get();
        if (c == null || !actor.may(Permission.EXPORT)) {
            return;
        }
        dialogs.chooseFileToSave("Export the what-if", null, "deployment-what-if.csv",
                List.of(FileType.of("CSV file", "*.csv"))).ifPresent(file -> tasks.run("Writing " + file.getFileName() + "…",
                () -> {
                    service.exportWhatIf(c, file, actor);
                    return file;
                }, (Path done) -> summary.set("Exported to " + done.toAbsolutePath()),
                e -> dialogs.showError("Export", e.getMessage())));
    }

    /** Saving a scenario needs {@link Permission#DEPLOYMENT_WHAT_IF}; running one is reading. */
    public boolean canSave() {
        return actor.may(Permission.DEPLOYMENT_WHAT_IF);
    }

    // ---- properties

    public IntegerProperty removeCountProperty() {
        return removeCount;
    }

    public IntegerProperty addCountProperty() {
        return addCount;
    }

    public StringProperty addZoneProperty() {
        return addZone;
    }

    public ObjectProperty<Officer> moveOfficerProperty() {
        return moveOfficer;
    }

    public ObjectProperty<School> moveToProperty() {
        return moveTo;
    }

    public ObjectProperty<School> dropSchoolProperty() {
        return dropSchool;
    }

    public StringProperty scenarioNameProperty() {
        return scenarioName;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public ObservableList<DeploymentChange> changes() {
        return changes;
    }

    public ObservableList<ComparisonRow> rows() {
        return rows;
    }

    public ObservableList<String> notes() {
        return notes;
    }

    public ObservableList<Officer> primaries() {
        return primaries;
    }

    public ObservableList<School> schools() {
        return schools;
    }

    public ObservableList<String> zones() {
        return zones;
    }

    /** Saved scenarios, newest first. */
    public ObservableList<SavedScenario> savedScenarios() {
        return saved;
    }

    public ObjectProperty<SavedScenario> selectedScenarioProperty() {
        return selectedScenario;
    }

    public ReadOnlyObjectProperty<WhatIfComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }
}

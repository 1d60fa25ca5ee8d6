package org.srodesk.ui.deployment;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import javafx.scene.chart.XYChart;

import org.srodesk.domain.deployment.DeploymentFigures;
import org.srodesk.domain.deployment.SchoolFigures;
import org.srodesk.domain.deployment.WeekFigures;
import org.srodesk.domain.deployment.ZoneFigures;

/**
 * Fills the deployment charts. Series colours are not set here: the stylesheet gives series N the
 * looked-up status colour of what it shows ({@code deployment.css}, from {@code status-colors.css}).
 */
final class DeploymentCharts {

    /** Schools shown in the calls chart. */
    static final int BUSIEST = 12;
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private DeploymentCharts() {
    }

    /** Calls for service, days with an SRO (on site or covered) and days without, for the busiest schools. */
    static List<XYChart.Series<String, Number>> callsAgainstSroDays(DeploymentFigures figures) {
        List<SchoolFigures> busiest = figures.schools().stream()
                .sorted(Comparator.comparingLong(SchoolFigures::calls).reversed()
                        .thenComparing(s -> s.school().code()))
                .limit(BUSIEST).toList();
        XYChart.Series<String, Number> calls = new XYChart.Series<>();
        calls.setName("Calls for service");
        XYChart.Series<String, Number> sro = new XYChart.Series<>();
        sro.setName("Days with an SRO");
        XYChart.Series<String, Number> none = new XYChart.Series<>();
        none.setName("Days with no SRO (911)");
        for (SchoolFigures s : busiest) { // busiest first
            String label = s.school().code();
            calls.getData().add(new XYChart.Data<>(label, s.calls()));
            sro.getData().add(new XYChart.Data<>(label, s.sroDays()));
            none.getData().add(new XYChart.Data<>(label, s.noSroDays()));
        }
        return List.of(calls, sro, none);
    }

    /** High-school days per week: SRO on site, covered by a rover, no SRO — stacked. */
    static List<XYChart.Series<String, Number>> weekly(DeploymentFigures figures) {
        XYChart.Series<String, Number> onSite = new XYChart.Series<>();
        onSite.setName("SRO on site");
        XYChart.Series<String, Number> covered = new XYChart.Series<>();
        covered.setName("Covered by a rover");
        XYChart.Series<String, Number> none = new XYChart.Series<>();
        none.setName("No SRO (911)");
        for (WeekFigures w : figures.weeks()) {
            String label = WEEK.format(w.weekStart());
            onSite.getData().add(new XYChart.Data<>(label,
                    w.highSchoolDays() - w.noSroHighSchoolDays() - w.roverCoveredHighSchoolDays()));
            covered.getData().add(new XYChart.Data<>(label, w.roverCoveredHighSchoolDays()));
            none.getData().add(new XYChart.Data<>(label, w.noSroHighSchoolDays()));
        }
        return List.of(onSite, covered, none);
    }

    /** Per zone: high-school days with the SRO on site, covered, and with no SRO — stacked. */
    static List<XYChart.Series<String, Number>> zones(DeploymentFigures figures) {
        XYChart.Series<String, Number> onSite = new XYChart.Series<>();
        onSite.setName("SRO on site");
        XYChart.Series<String, Number> covered = new XYChart.Series<>();
        covered.setName("Covered by a rover");
        XYChart.Series<String, Number> none = new XYChart.Series<>();
        none.setName("No SRO (911)");
        for (ZoneFigures z : figures.zones()) {
            if (z.highSchools() == 0) {
                continue;
            }
            int hsDays = z.highSchools() * figures.schoolDays().size();
            int onSiteDays = hsDays - z.roverCoveredDays() - z.noSroHighSchoolDays();
            onSite.getData().add(new XYChart.Data<>(z.label(), onSiteDays));
            covered.getData().add(new XYChart.Data<>(z.label(), z.roverCoveredDays()));
            none.getData().add(new XYChart.Data<>(z.label(), z.noSroHighSchoolDays()));
        }
        return List.of(onSite, covered, none);
    }

    /** No-SRO high-school days per week, current against what-if. */
    static List<XYChart.Series<String, Number>> whatIfWeekly(DeploymentFigures current, DeploymentFigures whatIf) {
        XYChart.Series<String, Number> a = new XYChart.Series<>();
        a.setName("Current");
        XYChart.Series<String, Number> b = new XYChart.Series<>();
        b.setName("What-if");
        for (int i = 0; i < current.weeks().size(); i++) {
            String label = WEEK.format(current.weeks().get(i).weekStart());
            a.getData().add(new XYChart.Data<>(label, current.weeks().get(i).noSroHighSchoolDays()));
            b.getData().add(new XYChart.Data<>(label, whatIf.weeks().get(i).noSroHighSchoolDays()));
        }
        return List.of(a, b);
    }
}

package org.srodesk.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;

import org.srodesk.domain.UnitEvent;
import org.srodesk.persistence.UnitEventDao;
import org.srodesk.service.RosterService;
import org.srodesk.service.compliance.CompletionDraft;
import org.srodesk.service.compliance.ComplianceServices;
import org.srodesk.service.compliance.LogDraft;

/**
 * {@link TimeOffFixture}'s district (calendar September 2025 – June 2026, weekdays in session,
 * spring break 16–20 March; Pat Lee at Central High; rovers Ana Diaz and Kim Moe; "today" is
 * Sunday 1 February 2026) with the compliance services and the unit meetings of September 2025 to
 * March 2026 on the first Wednesday at 14:00.
 */
public final class ComplianceFixture implements AutoCloseable {

    public final TimeOffFixture district;
    public final ComplianceServices services;
    public final long lee;
    public final long diaz;
    public final long moe;

    public ComplianceFixture() {
        this(Backend.H2);
    }

    public ComplianceFixture(Backend backend) {
        district = new TimeOffFixture(backend);
        services = ComplianceServices.create(district.database, new RosterService(district.database), district.clock);
        lee = district.lee;
        diaz = district.roverA;
        moe = district.roverB;
        district.database.useTransaction(h -> {
            UnitEventDao events = h.attach(UnitEventDao.class);
            for (YearMonth m = YearMonth.of(2025, 9); !m.isAfter(YearMonth.of(2026, 3)); m = m.plusMonths(1)) {
                LocalDate day = m.atDay(1).with(java.time.temporal.TemporalAdjusters.firstInMonth(java.time.DayOfWeek.WEDNESDAY));
                events.insert(new UnitEvent(0, day, LocalTime.of(14, 0), "Monthly SRO unit meeting", true));
            }
        });
    }

    public long meetingOn(LocalDate day) {
        return district.database.withHandle(h -> h.createQuery("SELECT id FROM unit_event WHERE event_date = :d")
                .bind("d", day).mapTo(Long.class).one());
    }

    /** The meeting's optimistic version as stored now (what a desk reading it now would hold). */
    public int versionOf(long meeting) {
        return district.database.withHandle(h -> h.createQuery("SELECT version FROM unit_event WHERE id = :id")
                .bind("id", meeting).mapTo(Integer.class).one());
    }

    public static LogDraft log(long officer, YearMonth month, LocalDate received, int gangs, int drugs, int cyber,
                               int sexting, int justice, int ppc, int pta, int reports) {
        return new LogDraft(officer, month, received, gangs, drugs, cyber, sexting, justice, ppc, pta, reports, "", null);
    }

    public CompletionDraft completion(long officer, String courseCode, LocalDate day, String hours) {
        long course = services.training().courses().stream().filter(c -> c.code().equals(courseCode)).findFirst()
                .orElseThrow().id();
        return new CompletionDraft(officer, course, day, new BigDecimal(hours), "MN POST Board", "Cert. 1", false);
    }

    public int count(String table) {
        return district.count(table);
    }

    @Override
    public void close() {
        district.close();
    }
}

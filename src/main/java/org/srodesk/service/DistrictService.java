package org.srodesk.service;

import java.util.List;

import org.srodesk.domain.Officer;
import org.srodesk.domain.School;
import org.srodesk.persistence.CalendarDao;
import org.srodesk.persistence.CallsForServiceDao;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.OfficerDao;
import org.srodesk.persistence.SchoolDao;
import org.srodesk.persistence.TimeOffDao;

/** Read access to the district's reference data: officers, schools, and overall counts. */
public final class DistrictService {

    private final Database database;

    public DistrictService(Database database) {
        this.database = database;
    }

    public List<Officer> officers() {
        return database.withHandle(h -> h.attach(OfficerDao.class).findAll());
    }

    public List<School> schools() {
        return database.withHandle(h -> h.attach(SchoolDao.class).findAll());
    }

    public DistrictSummary summary() {
        return database.inTransaction(h -> new DistrictSummary(
                h.attach(OfficerDao.class).count(),
                h.attach(SchoolDao.class).count(),
                h.attach(CalendarDao.class).findAll().size(),
                h.attach(TimeOffDao.class).count(),
                h.attach(CallsForServiceDao.class).count()));
    }
}

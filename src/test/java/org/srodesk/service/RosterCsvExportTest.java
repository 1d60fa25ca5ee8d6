package org.srodesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.srodesk.domain.DateRange;
import org.srodesk.domain.roster.RosterFilter;
import org.srodesk.domain.roster.RosterModel;
import org.srodesk.testing.RosterFixture;

class RosterCsvExportTest {

    @Test
    void exportWritesTheVisibleRowsWithLabelsAndTheTotals() throws Exception {
        RosterModel model = RosterModel.of(RosterFixture.snapshot(
                DateRange.of(java.time.LocalDate.of(2026, 3, 6), java.time.LocalDate.of(2026, 3, 9))));
        StringWriter out = new StringWriter();
        new RosterCsvExport().write(model, model.rows(new RosterFilter(null, null, "north", null, false)), out);

        List<String> lines = out.toString().lines().toList();
        assertEquals(List.of(
                "Badge,Name,Role,Zone,Home school,2026-03-06,2026-03-07,2026-03-08,2026-03-09",
                "1001,\"Lee, Pat\",Primary SRO,North,CEN,CEN,UNIT,UNIT,VAC",
                "2001,\"Okafor, Ben\",Rover,North,,ROVER,UNIT,UNIT,COVER→CEN",
                "\"\",Officers at schools,,,,3,,,3",
                "\"\",Rovers free,,,,2,,,1",
                "\"\",High schools without SRO,,,,0,,,0"), lines);
    }
}

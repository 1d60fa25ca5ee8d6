package org.srodesk.persistence.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srodesk.domain.CalendarDay;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.TimeOffStatus;

class ReferenceCsvWriterTest {

    @TempDir
    Path folder;

    @Test
    void writtenFilesHaveBomCrlfTheExactHeaderAndQuoteOnlyWhenNeeded() throws IOException {
        Path file = folder.resolve("time_off.csv");
        ReferenceCsvWriter.writeTimeOff(file, List.of(
                new TimeOffRow(0, "100", TimeOffKind.VACATION, LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 13),
                        TimeOffStatus.APPROVED, "Trip to Hà Nội,\nback \"Monday\""),
                new TimeOffRow(0, "200", TimeOffKind.SICK, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 10),
                        TimeOffStatus.REQUESTED, "")));
        assertEquals("\uFEFFbadge,kind,start_date,end_date,status,note\r\n"
                        + "100,VACATION,2026-03-09,2026-03-13,APPROVED,\"Trip to Hà Nội,\nback \"\"Monday\"\"\"\r\n"
                        + "200,SICK,2026-03-10,2026-03-10,REQUESTED,\r\n",
                Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void whatIsWrittenReadsBackTheSame() throws IOException {
        Path file = folder.resolve("calendar.csv");
        List<CalendarDay> days = List.of(new CalendarDay(LocalDate.of(2026, 3, 9), true, " leading space"),
                new CalendarDay(LocalDate.of(2026, 3, 10), false, "Winter break, day \"2\"\r\nsee memo"),
                new CalendarDay(LocalDate.of(2026, 3, 11), true, "#1"));
        ReferenceCsvWriter.writeCalendar(file, days.stream().map(d -> new CalendarRow(0, d)).toList());
        assertEquals(days, ReferenceCsvReader.readCalendar(file).stream().map(CalendarRow::day).toList());
        assertEquals(List.of("calendar.csv"), Files.list(folder).map(p -> p.getFileName().toString()).toList(),
                "no temporary file is left behind");
    }
}

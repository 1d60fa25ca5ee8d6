package org.srodesk.persistence.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srodesk.domain.OfficerRole;
import org.srodesk.domain.SchoolLevel;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.TimeOffStatus;

class ReferenceCsvReaderTest {

    @TempDir
    Path folder;

    private Path file(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void schoolsWithBomCrlfQuotedCommasAndEscapedQuotesAreRead() throws IOException {
        List<SchoolRow> rows = ReferenceCsvReader.readSchools(file("schools.csv",
                "\uFEFFcode,name,level,address,principal_name,principal_email,phone,zone\r\n"
                        + "CEN,Central High,HIGH,\"275 Lexington Pkwy N, Saint Paul\",\"Smith, \"\"Bo\"\"\",b@x.org,1,West\r\n"
                        + "ELM,Elm Élémentaire,elementary,,Ana Peña,,,\r\n"));
        assertEquals(2, rows.size());
        assertEquals("CEN", rows.get(0).school().code());
        assertEquals("275 Lexington Pkwy N, Saint Paul", rows.get(0).school().address());
        assertEquals("Smith, \"Bo\"", rows.get(0).school().principalName());
        assertEquals(SchoolLevel.ELEMENTARY, rows.get(1).school().level());
        assertEquals("Elm Élémentaire", rows.get(1).school().name());
        assertEquals("Ana Peña", rows.get(1).school().principalName());
        assertEquals(3, rows.get(1).line());
    }

    @Test
    void aLineBreakInsideQuotesKeepsLaterLineNumbersPhysical() throws IOException {
        List<TimeOffRow> rows = ReferenceCsvReader.readTimeOff(file("time_off.csv",
                "badge,kind,start_date,end_date,status,note\n"
                        + "100,VACATION,2026-03-09,2026-03-13,APPROVED,\"Family trip,\nback\nMonday\"\n"
                        + "\n"
                        + "200,SICK,2026-03-10,2026-03-10,REQUESTED,\n"));
        assertEquals(2, rows.size());
        assertEquals(2, rows.get(0).line());
        assertEquals("Family trip,\nback\nMonday", rows.get(0).note());
        assertEquals(6, rows.get(1).line(), "two continuation lines and one blank line come before it");
        assertEquals(TimeOffKind.SICK, rows.get(1).kind());
        assertEquals(TimeOffStatus.REQUESTED, rows.get(1).status());
    }

    @Test
    void columnsMayComeInAnyOrder() throws IOException {
        List<CallsRow> rows = ReferenceCsvReader.readCallsForService(file("calls_for_service.csv",
                "count,date,school_code\n7,2026-03-09,CEN\n"));
        assertEquals(new CallsRow(2, "CEN", LocalDate.of(2026, 3, 9), 7), rows.get(0));
    }

    @Test
    void officerFieldsAreReadAndCodesTrimmed() throws IOException {
        List<OfficerRow> rows = ReferenceCsvReader.readOfficers(file("officers.csv",
                "badge,last_name,first_name,rank,role,home_school,phone,email,zone\n"
                        + " 100 ,Nguyễn,Linh,Ofc.,PRIMARY_SRO, CEN ,651,l@x.org,West\n"
                        + "300,Olson,Kari,,ROVER,,,,\n"));
        assertEquals("100", rows.get(0).officer().badge());
        assertEquals("CEN", rows.get(0).homeSchool());
        assertEquals("Nguyễn", rows.get(0).officer().lastName());
        assertEquals(OfficerRole.ROVER, rows.get(1).officer().role());
        assertEquals("", rows.get(1).homeSchool());
    }

    @Test
    void aMissingColumnIsNamedOnLineOne() throws IOException {
        Path file = file("calendar.csv", "date,note\n2026-03-09,\n");
        CsvRowException e = assertThrows(CsvRowException.class, () -> ReferenceCsvReader.readCalendar(file));
        assertEquals(1, e.line());
        assertEquals("in_session", e.column());
        assertTrue(e.getMessage().startsWith("calendar.csv, line 1, column in_session: missing from the header"),
                e.getMessage());
    }

    @Test
    void anUnknownOrRepeatedHeaderColumnIsRefused() throws IOException {
        Path unknown = file("calendar.csv", "date,in_session,note,weather\n2026-03-09,true,,sunny\n");
        CsvRowException e = assertThrows(CsvRowException.class, () -> ReferenceCsvReader.readCalendar(unknown));
        assertTrue(e.getMessage().startsWith("calendar.csv, line 1, column weather: unknown column"), e.getMessage());

        Path twice = file("calendar.csv", "date,in_session,note,date\n2026-03-09,true,,2026-03-09\n");
        e = assertThrows(CsvRowException.class, () -> ReferenceCsvReader.readCalendar(twice));
        assertEquals("calendar.csv, line 1, column date: appears twice in the header", e.getMessage());
    }

    @Test
    void anEmptyFileIsRefusedAsMissingItsHeader() throws IOException {
        Path file = file("schools.csv", "");
        CsvRowException e = assertThrows(CsvRowException.class, () -> ReferenceCsvReader.readSchools(file));
        assertTrue(e.getMessage().startsWith("schools.csv, line 1, column code: the file is empty"), e.getMessage());
    }

    @Test
    void aRowWithTooFewOrTooManyFieldsIsRefused() throws IOException {
        Path few = file("calls_for_service.csv", "school_code,date,count\nCEN,2026-03-09,1\nCEN,2026-03-10\n");
        CsvRowException e = assertThrows(CsvRowException.class, () -> ReferenceCsvReader.readCallsForService(few));
        assertEquals("calls_for_service.csv, line 3, column count: the row has 2 fields but the header has 3",
                e.getMessage());

        Path many = file("calls_for_service.csv", "school_code,date,count\nCEN,2026-03-09,1,9\n");
        e = assertThrows(CsvRowException.class, () -> ReferenceCsvReader.readCallsForService(many));
        assertEquals("calls_for_service.csv, line 2, column #4: the row has 4 fields but the header has 3",
                e.getMessage());
    }

    @Test
    void anImpossibleDateIsRefused() throws IOException {
        Path file = file("calendar.csv", "date,in_session,note\n2026-02-28,true,\n2026-02-30,true,\n");
        CsvRowException e = assertThrows(CsvRowException.class, () -> ReferenceCsvReader.readCalendar(file));
        assertEquals("calendar.csv, line 3, column date: \"2026-02-30\" is not a valid date (expected YYYY-MM-DD,"
                + " e.g. 2026-03-09)", e.getMessage());
    }

    @Test
    void aNonUtf8FileIsRefusedWithAHintForExcel() throws IOException {
        Path file = folder.resolve("officers.csv");
        Files.write(file, "badge,last_name,first_name,rank,role,home_school,phone,email,zone\n1,Pe\u00f1a,J,,ROVER,,,,\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        CsvRowException e = assertThrows(CsvRowException.class, () -> ReferenceCsvReader.readOfficers(file));
        assertTrue(e.getMessage().startsWith("officers.csv: is not UTF-8 text"), e.getMessage());
    }

    @Test
    void anUnclosedQuoteIsRefusedAsInvalidCsv() throws IOException {
        Path file = file("calendar.csv", "date,in_session,note\n2026-03-09,true,\"never closed\n");
        CsvRowException e = assertThrows(CsvRowException.class, () -> ReferenceCsvReader.readCalendar(file));
        assertTrue(e.getMessage().startsWith("calendar.csv, line 2: is not valid CSV"), e.getMessage());
        assertEquals(2, e.line());
    }

    @Test
    void aValueLongerThanItsColumnIsRefused() throws IOException {
        Path file = file("calendar.csv", "date,in_session,note\n2026-03-09,true," + "x".repeat(201) + "\n");
        CsvRowException e = assertThrows(CsvRowException.class, () -> ReferenceCsvReader.readCalendar(file));
        assertEquals("calendar.csv, line 2, column note: longer than 200 characters", e.getMessage());
    }
}

package org.srodesk.crash;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Random;

/**
 * Writes an xl-sized folder of reference CSV files for the crash tests: 1,800 schools, 5,000
 * officers (2,000 primary SROs, 3,000 rovers), the 2025–26 calendar, 800 approved absences of
 * primary SROs and a school year of calls for service (every school day, for as many schools as
 * asked: all of them make about 360,000 rows). Seeded: the same files every run.
 */
final class XlCsvFolder {

    /** How big a district to write. */
    record Size(int schools, int officers, int primaries, int absences, int callSchools) {
        /** The xl tier's schools and officers; calls for {@code callSchools} of the schools. */
        static Size xl(int callSchools) {
            return new Size(1_800, 5_000, 2_000, 800, callSchools);
        }
    }
    static final LocalDate FIRST = LocalDate.of(2025, 7, 1);
    static final LocalDate LAST = LocalDate.of(2026, 6, 30);
    private static final String[] ZONES = {"North", "South", "East", "West"};

    private XlCsvFolder() {
    }

    /** Writes the five files of a district of {@code size} (a year of calls is about 200 rows per school). */
    static Path write(Path folder, long seed, Size size) throws IOException {
        Files.createDirectories(folder);
        Random random = new Random(seed);
        try (BufferedWriter out = writer(folder, "schools.csv")) {
            out.write("code,name,level,address,principal_name,principal_email,phone,zone\r\n");
            for (int s = 0; s < size.schools(); s++) {
                int high = size.schools() / 5;
                String level = s < high ? "HIGH" : s < 2 * high ? "MIDDLE" : s < 3 * high ? "JUNIOR_HIGH" : "ELEMENTARY";
                out.write(code(s) + ",School " + s + "," + level + ",\"" + s + " Main St, Springfield\",Principal " + s
                        + ",p" + s + "@example.org,555-01" + (s % 100) + "," + ZONES[s % 4] + "\r\n");
            }
        }
        try (BufferedWriter out = writer(folder, "officers.csv")) {
            out.write("badge,last_name,first_name,rank,role,home_school,phone,email,zone\r\n");
            for (int o = 0; o < size.officers(); o++) {
                boolean primary = o < size.primaries();
                int school = o % size.schools();
                out.write(badge(o) + ",Last" + o + ",First" + o + ",Ofc.," + (primary ? "PRIMARY_SRO" : "ROVER") + ","
                        + (primary ? code(school) : "") + ",555-02" + (o % 100) + ",o" + o + "@example.org,"
                        + ZONES[(primary ? school : o) % 4] + "\r\n");
            }
        }
        try (BufferedWriter out = writer(folder, "calendar.csv")) {
            out.write("date,in_session,note\r\n");
            for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
                out.write(d + "," + inSession(d) + "," + (inSession(d) ? "" : "No school") + "\r\n");
            }
        }
        try (BufferedWriter out = writer(folder, "time_off.csv")) {
            out.write("badge,kind,start_date,end_date,status,note\r\n");
            for (int a = 0; a < size.absences(); a++) {
                // Primaries of high schools (the first fifth of the schools and of the officers), spread over the school year.
                LocalDate start = LocalDate.of(2025, 9, 8).plusDays(random.nextInt(250));
                out.write(badge(a % (size.schools() / 5)) + ",VACATION," + start + "," + start.plusDays(3 + random.nextInt(6))
                        + ",APPROVED,crash test " + a + "\r\n");
            }
        }
        try (BufferedWriter out = writer(folder, "calls_for_service.csv")) {
            out.write("school_code,date,count\r\n");
            for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
                if (inSession(d)) {
                    for (int s = 0; s < size.callSchools(); s++) {
                        out.write(code(s) + "," + d + "," + random.nextInt(6) + "\r\n");
                    }
                }
            }
        }
        return folder;
    }

    static boolean inSession(LocalDate d) {
        boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
        boolean summer = d.isBefore(LocalDate.of(2025, 9, 2)) || d.isAfter(LocalDate.of(2026, 6, 10));
        return !weekend && !summer;
    }

    private static String code(int school) {
        return "S" + (10_000 + school);
    }

    private static String badge(int officer) {
        return Integer.toString(100_000 + officer);
    }

    private static BufferedWriter writer(Path folder, String name) throws IOException {
        return Files.newBufferedWriter(folder.resolve(name), StandardCharsets.UTF_8);
    }
}

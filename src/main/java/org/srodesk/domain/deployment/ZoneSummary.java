package org.srodesk.domain.deployment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.srodesk.domain.Officer;

/** Sums school figures by the school's zone, and counts officers by their own zone. */
final class ZoneSummary {

    private ZoneSummary() {
    }

    static List<ZoneFigures> of(List<SchoolFigures> schools, Collection<Officer> officers) {
        Map<String, long[]> byZone = new TreeMap<>();
        for (SchoolFigures s : schools) {
            long[] z = byZone.computeIfAbsent(s.school().zone(), k -> new long[11]);
            z[0]++;
            if (s.school().isHigh()) {
                z[1]++;
                z[7] += s.noSroDays();
            } else {
                z[8] += s.noSroDays();
            }
            z[4] += s.sroOnSiteDays();
            z[5] += s.roverCoveredDays();
            z[9] += s.calls();
            z[10] += s.callsOnNoSroDays();
        }
        for (Officer o : officers) {
            long[] z = byZone.computeIfAbsent(o.zone(), k -> new long[11]);
            z[o.isRover() ? 3 : 2]++;
        }
        List<ZoneFigures> result = new ArrayList<>();
        byZone.forEach((zone, z) -> result.add(new ZoneFigures(zone, (int) z[0], (int) z[1], (int) z[2], (int) z[3],
                (int) z[4], (int) z[5], (int) z[7], (int) z[8], z[9], z[10])));
        return result;
    }
}

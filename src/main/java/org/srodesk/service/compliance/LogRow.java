package org.srodesk.service.compliance;

import java.time.YearMonth;
import java.util.Optional;

import org.srodesk.domain.Officer;
import org.srodesk.domain.compliance.LogState;
import org.srodesk.domain.compliance.MonthlyLog;

/** One officer's log for one month: its state and, when it arrived, the log. */
public record LogRow(Officer officer, YearMonth month, LogState state, Optional<MonthlyLog> log) {
}

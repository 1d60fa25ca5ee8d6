package org.srodesk.service.compliance;

import org.jdbi.v3.core.Handle;
import org.srodesk.domain.compliance.LogRule;
import org.srodesk.domain.compliance.TrainingRule;
import org.srodesk.persistence.SettingsDao;

/**
 * The compliance thresholds kept in {@code app_setting}: days before a renewal that a course shows
 * as due soon ({@value #DUE_SOON_KEY}) and days after a month's end that its log is due
 * ({@value #LOG_DUE_KEY}).
 */
public record ComplianceSettings(int dueSoonDays, int logDueDays) {

    public static final String DUE_SOON_KEY = "compliance.training.due.soon.days";
    public static final String LOG_DUE_KEY = "compliance.log.due.days";
    public static final ComplianceSettings DEFAULTS =
            new ComplianceSettings(TrainingRule.DEFAULT_DUE_SOON_DAYS, LogRule.DEFAULT_DUE_DAYS);

    static ComplianceSettings read(Handle handle) {
        SettingsDao settings = handle.attach(SettingsDao.class);
        return new ComplianceSettings(number(settings, DUE_SOON_KEY, DEFAULTS.dueSoonDays),
                number(settings, LOG_DUE_KEY, DEFAULTS.logDueDays));
    }

    private static int number(SettingsDao settings, String key, int fallback) {
        try {
            return settings.find(key).map(String::strip).map(Integer::parseInt).filter(n -> n >= 0).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}

package org.srodesk.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jdbi.v3.core.Handle;
import org.srodesk.domain.account.Permission;
import org.srodesk.domain.timeoff.TimeOffPolicySettings;
import org.srodesk.export.notice.SergeantContact;
import org.srodesk.export.notice.SmtpSettings;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.SettingsDao;

/**
 * Reads and writes the time-off settings in {@code app_setting}: the policy thresholds N
 * ({@value #EXTENDED_DAYS}) and M ({@value #NOTICE_DAYS}), the SMTP server ({@code smtp.*}) and the
 * sergeant's contact for notices ({@code unit.sergeant.*}). The SMTP password is never stored.
 */
public final class TimeOffSettingsService {

    public static final String EXTENDED_DAYS = "timeoff.extended.school.days";
    public static final String NOTICE_DAYS = "timeoff.notice.days";
    public static final String SMTP_HOST = "smtp.host";
    public static final String SMTP_PORT = "smtp.port";
    public static final String SMTP_STARTTLS = "smtp.starttls";
    public static final String SMTP_USER = "smtp.user";
    public static final String SMTP_FROM = "smtp.from";
    public static final String SERGEANT_NAME = "unit.sergeant.name";
    public static final String SERGEANT_PHONE = "unit.sergeant.phone";
    public static final String SERGEANT_EMAIL = "unit.sergeant.email";

    /** Field names of {@link ValidationException}s from {@link #save}. */
    public static final String FIELD_EXTENDED = "extendedDays";
    public static final String FIELD_NOTICE = "noticeDays";
    public static final String FIELD_PORT = "port";

    private final Database database;

    public TimeOffSettingsService(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** The stored settings, defaults where nothing (or nonsense) is stored. */
    public TimeOffSettings load() {
        return database.withHandle(TimeOffSettingsService::load);
    }

    static TimeOffSettings load(Handle handle) {
        SettingsDao settings = handle.attach(SettingsDao.class);
        TimeOffPolicySettings defaults = TimeOffPolicySettings.DEFAULTS;
        int extended = Math.max(1, number(settings, EXTENDED_DAYS, defaults.extendedSchoolDays()));
        int notice = Math.max(0, number(settings, NOTICE_DAYS, defaults.noticeDays()));
        int port = number(settings, SMTP_PORT, SmtpSettings.NONE.port());
        SmtpSettings smtp = new SmtpSettings(text(settings, SMTP_HOST), port < 1 || port > 65535 ? 587 : port,
                !"false".equalsIgnoreCase(text(settings, SMTP_STARTTLS)), text(settings, SMTP_USER),
                text(settings, SMTP_FROM));
        SergeantContact sergeant = new SergeantContact(text(settings, SERGEANT_NAME), text(settings, SERGEANT_PHONE),
                text(settings, SERGEANT_EMAIL));
        return new TimeOffSettings(new TimeOffPolicySettings(extended, notice), smtp, sergeant);
    }

    /**
     * Stores the thresholds and the SMTP server, in one transaction with its audit row (UPDATE setting
     * {@code timeoff}, before and after). Needs {@link Permission#CHANGE_SETTINGS}.
     *
     * @throws AccessDeniedException when {@code actor} may not change settings; nothing is written
     * @throws ValidationException naming {@link #FIELD_EXTENDED}, {@link #FIELD_NOTICE} or
     *         {@link #FIELD_PORT} when a number is out of range; nothing is written then
     */
    public TimeOffSettings save(int extendedDays, int noticeDays, String host, int port, boolean startTls,
                                String user, String from, Actor actor) {
        Objects.requireNonNull(actor, "actor").require(Permission.CHANGE_SETTINGS);
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (extendedDays < 1 || extendedDays > 60) {
            errors.add(new ValidationException.FieldError(FIELD_EXTENDED, "Between 1 and 60 school days."));
        }
        if (noticeDays < 0 || noticeDays > 365) {
            errors.add(new ValidationException.FieldError(FIELD_NOTICE, "Between 0 and 365 days."));
        }
        if (port < 1 || port > 65535) {
            errors.add(new ValidationException.FieldError(FIELD_PORT, "A port is between 1 and 65535."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return database.inTransaction(handle -> {
            String before = auditState(load(handle));
            SettingsDao settings = handle.attach(SettingsDao.class);
            settings.put(EXTENDED_DAYS, Integer.toString(extendedDays));
            settings.put(NOTICE_DAYS, Integer.toString(noticeDays));
            settings.put(SMTP_HOST, host == null ? "" : host.trim());
            settings.put(SMTP_PORT, Integer.toString(port));
            settings.put(SMTP_STARTTLS, Boolean.toString(startTls));
            settings.put(SMTP_USER, user == null ? "" : user.trim());
            settings.put(SMTP_FROM, from == null ? "" : from.trim());
            TimeOffSettings saved = load(handle);
            AuditLog.record(handle, actor, "UPDATE", "setting", "timeoff", before, auditState(saved));
            return saved;
        });
    }

    private static String auditState(TimeOffSettings s) {
        return AuditLog.state(EXTENDED_DAYS, s.policy().extendedSchoolDays(), NOTICE_DAYS, s.policy().noticeDays(),
                SMTP_HOST, s.smtp().host(), SMTP_PORT, s.smtp().port(), SMTP_STARTTLS, s.smtp().startTls(),
                SMTP_USER, s.smtp().user(), SMTP_FROM, s.smtp().from());
    }

    private static String text(SettingsDao settings, String name) {
        return settings.find(name).orElse("");
    }

    private static int number(SettingsDao settings, String name, int fallback) {
        try {
            return settings.find(name).map(String::trim).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}

package org.srodesk.service;

import org.srodesk.domain.timeoff.TimeOffPolicySettings;
import org.srodesk.export.notice.SergeantContact;
import org.srodesk.export.notice.SmtpSettings;

/** The settings of the time-off screen, as stored in {@code app_setting}. No password: see {@link PrincipalNoticeService}. */
public record TimeOffSettings(TimeOffPolicySettings policy, SmtpSettings smtp, SergeantContact sergeant) {

    public static final TimeOffSettings DEFAULTS = new TimeOffSettings(TimeOffPolicySettings.DEFAULTS,
            SmtpSettings.NONE, new SergeantContact("", "", ""));
}

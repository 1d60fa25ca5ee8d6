package org.srodesk.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.srodesk.domain.DateRange;
import org.srodesk.domain.Officer;
import org.srodesk.domain.SchoolCalendar;
import org.srodesk.domain.TimeOffRequest;
import org.srodesk.persistence.CalendarDao;
import org.srodesk.persistence.OfficerDao;
import org.srodesk.persistence.TimeOffDecisionDao;
import org.srodesk.service.ValidationException.FieldError;

/** The checks a new request passes before anything is written; each failure names its field. */
final class TimeOffDraftCheck {

    private TimeOffDraftCheck() {
    }

    /** Checks that need no data: required fields, order of dates, partial-day hours. */
    static void checkShape(TimeOffDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.officerId() == null) {
            errors.add(new FieldError(TimeOffDraft.OFFICER, "Choose the officer."));
        }
        if (draft.kind() == null) {
            errors.add(new FieldError(TimeOffDraft.KIND, "Choose the kind of time off."));
        }
        if (draft.startDate() == null) {
            errors.add(new FieldError(TimeOffDraft.START, "Enter the first day."));
        }
        if (draft.endDate() == null) {
            errors.add(new FieldError(TimeOffDraft.END, "Enter the last day."));
        } else if (draft.startDate() != null && draft.endDate().isBefore(draft.startDate())) {
            errors.add(new FieldError(TimeOffDraft.END, "The last day is before the first day."));
        }
        if (draft.isPartialDay()) {
            if (draft.partialStart() == null || draft.partialEnd() == null) {
                errors.add(new FieldError(TimeOffDraft.HOURS, "A partial day needs a start and an end time."));
            } else if (!draft.partialEnd().isAfter(draft.partialStart())) {
                errors.add(new FieldError(TimeOffDraft.HOURS, "The end time is not after the start time."));
            } else if (draft.startDate() != null && draft.endDate() != null
                    && !draft.startDate().equals(draft.endDate())) {
                errors.add(new FieldError(TimeOffDraft.END, "A partial day is a single day: make the last day the first."));
            }
        }
        if (draft.note().length() > 2000) {
            errors.add(new FieldError(TimeOffDraft.NOTE, "The note is longer than 2,000 characters."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Checks against the database: the officer exists, the calendar knows the days, no duplicate. */
    static Officer checkAgainstData(Handle handle, TimeOffDraft draft) {
        Optional<Officer> officer = handle.attach(OfficerDao.class).findById(draft.officerId());
        if (officer.isEmpty()) {
            throw new ValidationException(TimeOffDraft.OFFICER, "There is no such officer; choose one from the list.");
        }
        Optional<DateRange> known = new SchoolCalendar(handle.attach(CalendarDao.class).findAll()).knownRange();
        if (known.isEmpty()) {
            throw new ValidationException(TimeOffDraft.START, "No school calendar is loaded: import one first.");
        }
        List<FieldError> errors = new ArrayList<>();
        if (!known.get().contains(draft.startDate())) {
            errors.add(new FieldError(TimeOffDraft.START, "The school calendar covers " + known.get().start()
                    + " to " + known.get().end() + " only."));
        }
        if (!known.get().contains(draft.endDate())) {
            errors.add(new FieldError(TimeOffDraft.END, "The school calendar covers " + known.get().start()
                    + " to " + known.get().end() + " only."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        for (TimeOffRequest existing : handle.attach(TimeOffDecisionDao.class)
                .findOfficerOverlapping(draft.officerId(), draft.startDate(), draft.endDate())) {
            if (existing.status().isActive() && existing.kind() == draft.kind()
                    && existing.startDate().equals(draft.startDate()) && existing.endDate().equals(draft.endDate())
                    && java.util.Objects.equals(existing.partialStart(), draft.partialStart())
                    && java.util.Objects.equals(existing.partialEnd(), draft.partialEnd())) {
                throw new ValidationException(TimeOffDraft.START, officer.get().displayName() + " already has "
                        + (existing.status() == org.srodesk.domain.TimeOffStatus.APPROVED ? "approved" : "a pending")
                        + " " + draft.kind().label().toLowerCase() + " for these days (request #" + existing.id() + ").");
            }
        }
        return officer.get();
    }
}

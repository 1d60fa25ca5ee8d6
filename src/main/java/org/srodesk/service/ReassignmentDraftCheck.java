package org.srodesk.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.srodesk.domain.Officer;
import org.srodesk.domain.School;
import org.srodesk.persistence.OfficerDao;
import org.srodesk.persistence.SchoolDao;
import org.srodesk.service.ValidationException.FieldError;

/** The checks a reassignment passes before anything is written; each failure names its field. */
final class ReassignmentDraftCheck {

    private ReassignmentDraftCheck() {
    }

    /** Checks that need no data: required fields, order of dates, one destination, lengths. */
    static void checkShape(ReassignmentDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.officerId() == null) {
            errors.add(new FieldError(ReassignmentDraft.OFFICER, "Choose the officer."));
        }
        if (draft.startDate() == null) {
            errors.add(new FieldError(ReassignmentDraft.START, "Enter the first day."));
        } else if (draft.endDate() != null && draft.endDate().isBefore(draft.startDate())) {
            errors.add(new FieldError(ReassignmentDraft.END, "The last day is before the first day."));
        }
        if (draft.destinationSchoolId() == null && draft.destinationDuty() == null) {
            errors.add(new FieldError(ReassignmentDraft.DESTINATION, "Choose a school or name the duty."));
        } else if (draft.destinationSchoolId() != null && draft.destinationDuty() != null) {
            errors.add(new FieldError(ReassignmentDraft.DESTINATION, "Choose a school or a duty, not both."));
        } else if (draft.destinationDuty() != null && draft.destinationDuty().length() > 100) {
            errors.add(new FieldError(ReassignmentDraft.DESTINATION, "The duty is longer than 100 characters."));
        }
        if (draft.orderedBy().isEmpty()) {
            errors.add(new FieldError(ReassignmentDraft.ORDERED_BY,
                    "Name the command staff member who ordered it (rank and name)."));
        } else if (draft.orderedBy().length() > 200) {
            errors.add(new FieldError(ReassignmentDraft.ORDERED_BY, "The name is longer than 200 characters."));
        }
        if (draft.orderReference().length() > 100) {
            errors.add(new FieldError(ReassignmentDraft.REFERENCE, "The order reference is longer than 100 characters."));
        }
        if (draft.reason().length() > 2000) {
            errors.add(new FieldError(ReassignmentDraft.REASON, "The reason is longer than 2,000 characters."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Checks against the database: the officer and the destination school exist. */
    static Officer checkAgainstData(Handle handle, ReassignmentDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        Optional<Officer> officer = handle.attach(OfficerDao.class).findById(draft.officerId());
        if (officer.isEmpty()) {
            errors.add(new FieldError(ReassignmentDraft.OFFICER, "There is no such officer; choose one from the list."));
        }
        if (draft.destinationSchoolId() != null) {
            Optional<School> school = handle.attach(SchoolDao.class).findById(draft.destinationSchoolId());
            if (school.isEmpty()) {
                errors.add(new FieldError(ReassignmentDraft.DESTINATION,
                        "There is no such school; choose one from the list or name a duty."));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return officer.get();
    }
}

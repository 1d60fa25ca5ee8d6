package org.srodesk.service;

import java.util.Optional;

import org.srodesk.domain.Officer;
import org.srodesk.domain.School;
import org.srodesk.domain.TimeOffRequest;

/** A request with the officer it belongs to and the officer's school on its first day, for lists. */
public record TimeOffRow(TimeOffRequest request, Officer officer, Optional<School> school) {
}

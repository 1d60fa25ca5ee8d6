package org.srodesk.service;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Input a service refused, with one message per field so a dialog can show each next to its
 * field. Nothing was written when this is thrown.
 */
public final class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A refused field and why, in words for the user. */
    public record FieldError(String field, String message) {
    }

    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.stream().map(FieldError::message).collect(Collectors.joining(" ")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("A validation failure names at least one field");
        }
        this.errors = List.copyOf(errors);
    }

    public ValidationException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The first message per field. */
    public Map<String, String> byField() {
        return errors.stream().collect(Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a));
    }
}

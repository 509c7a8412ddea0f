package com.allyway.api;

import com.allyway.introduction.InvalidProspectException;
import com.allyway.shared.ConcurrentChangeException;
import com.allyway.shared.RejectedInputException;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the API as RFC 9457 problem details ({@code application/problem+json}): a title, the status, and a
 * detail that says what is wrong in words; a refused field is named in {@code field}.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems {

    static final String TYPE_BASE = "https://allyway.example/problems/";

    @ExceptionHandler(RejectedInputException.class)
    ProblemDetail rejected(RejectedInputException rejected) {
        return invalidInput(rejected.getMessage(), rejected.field());
    }

    @ExceptionHandler(InvalidProspectException.class)
    ProblemDetail invalidProspect(InvalidProspectException invalid) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", invalid.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable) {
        return problem(HttpStatus.BAD_REQUEST, "unreadable-body", "Unreadable body",
                "The body is not the JSON this endpoint takes (see /v3/api-docs): "
                        + firstLine(unreadable.getMostSpecificCause().getMessage()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException mismatch) {
        return invalidInput("\"" + mismatch.getValue() + "\" is not a valid " + mismatch.getName() + ".",
                mismatch.getName());
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound missing) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", missing.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException denied) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "This key may not do that.");
    }

    @ExceptionHandler(ConcurrentChangeException.class)
    ProblemDetail conflict(ConcurrentChangeException conflict) {
        return problem(HttpStatus.CONFLICT, "conflict", "Changed meanwhile", conflict.getMessage());
    }

    /** 400, naming the refused field in {@code field}. */
    private static ProblemDetail invalidInput(String detail, String field) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", detail);
        problem.setProperty("field", field);
        return problem;
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }

    /** The same problem as a plain map, for the security filter, which answers before Spring MVC is reached. */
    static Map<String, Object> asMap(HttpStatus status, String type, String title, String detail) {
        return Map.of("type", TYPE_BASE + type, "title", title, "status", status.value(), "detail", detail);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "empty or malformed";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** Nothing at this address for the calling key: not there, or another organization's. */
    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }
}

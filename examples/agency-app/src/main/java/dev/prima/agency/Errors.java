package dev.prima.agency;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Bad input gets a 4xx answer that says what was wrong and how to fix it, never a stack trace. */
@RestControllerAdvice
public class Errors {

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Map<String, String>> badValue(MethodArgumentTypeMismatchException e) {
    boolean date = e.getRequiredType() == java.time.LocalDate.class;
    String form = date ? "a date as yyyy-MM-dd, such as 2026-12-01" : "a valid value";
    return bad(
        HttpStatus.BAD_REQUEST,
        e.getName() + " must be " + form + ", but was '" + e.getValue() + "'.",
        "Give " + e.getName() + " as " + form + ".");
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<Map<String, String>> missing(MissingServletRequestParameterException e) {
    return bad(
        HttpStatus.BAD_REQUEST,
        "The parameter " + e.getParameterName() + " is missing.",
        "Add ?" + e.getParameterName() + "=... to the address.");
  }

  @ExceptionHandler(UnknownServiceException.class)
  ResponseEntity<Map<String, String>> unknownService(UnknownServiceException e) {
    return bad(HttpStatus.NOT_FOUND, e.getMessage(), "Use one of the services the office offers.");
  }

  @ExceptionHandler(UnknownTaskException.class)
  ResponseEntity<Map<String, String>> unknownTask(UnknownTaskException e) {
    return bad(HttpStatus.NOT_FOUND, e.getMessage(), "Reload the list of open tasks.");
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
    return bad(HttpStatus.BAD_REQUEST, e.getMessage(), "Correct the request and send it again.");
  }

  private static ResponseEntity<Map<String, String>> bad(
      HttpStatus status, String error, String fix) {
    return ResponseEntity.status(status).body(Map.of("error", error, "fix", fix));
  }
}

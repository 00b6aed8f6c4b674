package dev.prima.models;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A process variable of a ready-made model: its name and the Java type the model expects.
 *
 * <pre>{@code
 * runtimeService.startProcessInstanceByKey(ComplaintHandling.PROCESS_KEY, "ADU-7",
 *     Map.of(ComplaintHandling.COMPLAINT_ID.name(), "ADU-7"));
 * }</pre>
 *
 * @param name the variable name, as the model reads it
 * @param type the type of its value
 * @param <T> the type of its value
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Variable<T>(String name, Class<T> type) {

  /**
   * Checks the name and the type.
   *
   * @param name the variable name; not blank
   * @param type the type of its value; not null
   * @throws IllegalArgumentException when {@code name} is blank
   */
  public Variable {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank, but was '" + name + "'");
    }
    Objects.requireNonNull(type, "type must not be null");
  }

  /**
   * A variable of this name and type; for the constants classes and for variables of a user's own
   * models.
   *
   * @param name the variable name; not blank
   * @param type the type of its value; not null
   * @param <T> the type of its value
   * @return the variable
   */
  public static <T> Variable<T> of(String name, Class<T> type) {
    return new Variable<>(name, type);
  }

  /** E.g. {@code documentsComplete: Boolean}. */
  @Override
  public String toString() {
    return name + ": " + type.getSimpleName();
  }
}

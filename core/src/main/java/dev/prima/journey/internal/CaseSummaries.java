package dev.prima.journey.internal;

import dev.prima.PrimaException;
import dev.prima.internal.CaseSummaryCodec;
import dev.prima.touchpoint.Outcome;
import dev.prima.touchpoint.Touchpoint;
import dev.prima.touchpoint.TouchpointKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The per-case summaries ({@code PRIMA_CASE_SUMMARY}, encoded as {@link CaseSummaryCodec} says) of
 * a process's cases begun in a period, read back as a profile counts them.
 */
public final class CaseSummaries {

  /** One case's summary of one process key. */
  public record Summary(
      String caseId,
      String processDefinitionKey,
      long startMillis,
      long firstSequence,
      String text) {
    public Summary {
      Objects.requireNonNull(caseId, "caseId must not be null");
      Objects.requireNonNull(processDefinitionKey, "processDefinitionKey must not be null");
      Objects.requireNonNull(text, "text must not be null");
    }

    /**
     * {@return the case's cycle of this process as a profile counts it: its touchpoints that
     * started before {@code before}}
     */
    public Counted countedBefore(Instant before) {
      long limit = before.toEpochMilli();
      List<String> elementIds = new ArrayList<>();
      List<String> moments = new ArrayList<>();
      List<Integer> versions = new ArrayList<>();
      List<String> tenants = new ArrayList<>();
      List<Duration> durations = new ArrayList<>();
      long first = Long.MIN_VALUE;
      long latestEnd = Long.MIN_VALUE;
      boolean anyActive = false;
      CaseSummaryCodec.Reader reader = new CaseSummaryCodec.Reader(text);
      while (reader.next()) {
        long start = reader.number(4);
        if (start >= limit) {
          break; // in start order: the rest started later still
        }
        if (elementIds.isEmpty()) {
          first = start;
        }
        elementIds.add(reader.text(0));
        moments.add(reader.text(1));
        versions.add((int) reader.number(2));
        tenants.add(reader.isEmpty(3) ? null : reader.text(3));
        if (reader.isEmpty(5)) {
          anyActive = true;
          durations.add(null);
        } else {
          long duration = reader.number(5);
          latestEnd = Math.max(latestEnd, start + duration);
          durations.add(Duration.ofMillis(duration));
        }
      }
      // a finished case: its lead time runs to its last end, unless a moment is still open
      Duration leadTime =
          anyActive || elementIds.isEmpty()
              ? null
              : Duration.ofMillis(Math.max(0, latestEnd - first));
      return new Counted(
          caseId,
          processDefinitionKey,
          elementIds,
          moments,
          versions,
          tenants,
          durations,
          leadTime);
    }
  }

  /**
   * A finished case's cycle of one process as a profile counts it, one entry per touchpoint in
   * cycle order.
   *
   * @param durations end - start, {@code null} while active
   * @param leadTime from the first start to the last end, {@code null} while a touchpoint is active
   */
  public record Counted(
      String caseId,
      String processDefinitionKey,
      List<String> elementIds,
      List<String> moments,
      List<Integer> versions,
      List<String> tenants,
      List<Duration> durations,
      Duration leadTime) {

    /** {@return touchpoint {@code i} with what naming its moment reads: key, version, tenant} */
    public Touchpoint touchpoint(int i) {
      return new Touchpoint(
          caseId + "#" + i,
          caseId,
          caseId,
          caseId,
          processDefinitionKey,
          versions.get(i),
          elementIds.get(i),
          null,
          moments.get(i),
          null,
          null,
          TouchpointKind.CONTACT,
          null,
          null,
          tenants.get(i),
          null,
          null,
          Instant.EPOCH,
          null,
          Outcome.COMPLETED,
          i);
    }
  }

  private static final String READ =
      "select CASE_KEY_, START_MS_, FIRST_SEQ_, TOUCHPOINTS_ from PRIMA_CASE_SUMMARY"
          + " where PROC_DEF_KEY_ = ? and START_MS_ >= ? and START_MS_ < ?";

  private final DataSource dataSource;

  public CaseSummaries(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource must not be null");
  }

  /** {@return the summaries of the process's cases whose first start lies in [from, to)} */
  public List<Summary> begunIn(String processDefinitionKey, Instant from, Instant to) {
    List<Summary> summaries = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(READ)) {
      select.setString(1, processDefinitionKey);
      select.setLong(2, from.toEpochMilli());
      select.setLong(3, to.toEpochMilli());
      select.setFetchSize(1000);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          summaries.add(
              new Summary(
                  rows.getString(1),
                  processDefinitionKey,
                  rows.getLong(2),
                  rows.getLong(3),
                  rows.getString(4)));
        }
      }
      return summaries;
    } catch (SQLException e) {
      throw new PrimaException("Cannot read case summaries: " + e.getMessage(), e);
    }
  }
}

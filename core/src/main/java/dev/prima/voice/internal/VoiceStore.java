package dev.prima.voice.internal;

import dev.prima.PrimaException;
import dev.prima.touchpoint.Channel;
import dev.prima.voice.Complainant;
import dev.prima.voice.Complaint;
import dev.prima.voice.ComplaintTier;
import dev.prima.voice.Exit;
import dev.prima.voice.ExitKind;
import dev.prima.voice.Rating;
import dev.prima.voice.TouchpointRating;
import dev.prima.voice.VoiceKind;
import dev.prima.voice.spi.CaseInstance;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Reads Prima's voice tables and the journal with plain JDBC on the engine's data source. */
public final class VoiceStore {

  /** The journal facts a rating or complaint needs about one touchpoint. */
  record TouchpointRef(
      String touchpointId, String caseId, String elementId, String processDefinitionKey) {}

  @FunctionalInterface
  private interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  /**
   * The complaint columns; with the complainant's name and contact only for a viewer who may see
   * them, otherwise only whether there is one.
   */
  private static String complaintColumns(boolean withComplainant) {
    return "select v.ID_, v.KIND_, v.CASE_KEY_, v.SERVICE_KEY_, v.TOUCHPOINT_ID_, v.CHANNEL_,"
        + " v.TEXT_, v.TIER_, v.LODGED_MS_, v.DEADLINE_MS_, v.DEADLINE_LIMIT_, v.ANSWERED_MS_,"
        + " v.OUTCOME_, v.HANDLING_PROC_INST_ID_, c.COMPLAINT_ID_ as NAMED_, "
        + (withComplainant ? "c.NAME_, c.CONTACT_" : "null as NAME_, null as CONTACT_")
        + " from PRIMA_VOICE v left join PRIMA_COMPLAINANT c on c.COMPLAINT_ID_ = v.ID_";
  }

  private final DataSource dataSource;

  public VoiceStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The top-level instance of a case as the journal last saw it, running or finished. */
  Optional<CaseInstance> journaledInstance(String caseId) {
    return query(
            "select CASE_KEY_, ROOT_PROC_INST_ID_, PROC_DEF_KEY_, PROC_DEF_VERSION_, TENANT_ID_,"
                + " case when PROC_INST_ID_ = ROOT_PROC_INST_ID_ then 0 else 1 end as CHILD_"
                + " from PRIMA_JOURNAL where CASE_KEY_ = ? order by CHILD_, SEQ_ desc",
            VoiceStore::caseInstance,
            caseId)
        .stream()
        .findFirst();
  }

  private static CaseInstance caseInstance(ResultSet row) throws SQLException {
    return new CaseInstance(
        row.getString(1), row.getString(2), row.getString(3), row.getInt(4), row.getString(5));
  }

  Optional<TouchpointRef> touchpoint(String touchpointId) {
    return query(
            "select TOUCHPOINT_ID_, CASE_KEY_, ELEMENT_ID_, PROC_DEF_KEY_ from PRIMA_JOURNAL"
                + " where TOUCHPOINT_ID_ = ? and PHASE_ in ('START', 'FULL')",
            row ->
                new TouchpointRef(
                    row.getString(1), row.getString(2), row.getString(3), row.getString(4)),
            touchpointId)
        .stream()
        .findFirst();
  }

  List<Exit> exitsOf(String caseId) {
    return query(
        "select TOUCHPOINT_ID_, CASE_KEY_, PROC_DEF_KEY_, ELEMENT_ID_, CHANNEL_, NOTE_, START_MS_"
            + " from PRIMA_JOURNAL where CASE_KEY_ = ? and KIND_ = 'EXIT' and PHASE_ = 'FULL'"
            + " order by SEQ_",
        row ->
            new Exit(
                row.getString(1),
                row.getString(2),
                row.getString(3),
                ExitKind.ofElementId(row.getString(4)).orElse(ExitKind.WITHDRAWAL),
                row.getString(5) == null ? null : Channel.valueOf(row.getString(5)),
                row.getString(6),
                Instant.ofEpochMilli(row.getLong(7))),
        caseId);
  }

  Optional<Complaint> complaint(String id, boolean withComplainant) {
    return query(complaintColumns(withComplainant) + " where v.ID_ = ?", VoiceStore::complaint, id)
        .stream()
        .findFirst();
  }

  List<Complaint> complaintsOfCase(String caseId, boolean withComplainant) {
    return query(
        complaintColumns(withComplainant) + " where v.CASE_KEY_ = ? order by v.LODGED_MS_, v.ID_",
        VoiceStore::complaint,
        caseId);
  }

  List<Complaint> complaintsOfService(
      String serviceKey, Instant from, Instant to, boolean withComplainant) {
    return query(
        complaintColumns(withComplainant)
            + " where v.SERVICE_KEY_ = ? and v.LODGED_MS_ >= ? and v.LODGED_MS_ < ?"
            + " order by v.LODGED_MS_, v.ID_",
        VoiceStore::complaint,
        serviceKey,
        from.toEpochMilli(),
        to.toEpochMilli());
  }

  List<Complaint> unansweredDueBefore(Instant now, boolean withComplainant) {
    return query(
        complaintColumns(withComplainant)
            + " where v.ANSWERED_MS_ is null and v.DEADLINE_MS_ < ?"
            + " order by v.DEADLINE_MS_, v.ID_",
        VoiceStore::complaint,
        now.toEpochMilli());
  }

  List<TouchpointRating> ratingsOf(String caseId) {
    return query(
        "select ID_, TOUCHPOINT_ID_, CASE_KEY_, ELEMENT_ID_, PROC_DEF_KEY_, SCALE_, VALUE_,"
            + " COMMENT_, RATED_MS_ from PRIMA_RATING where CASE_KEY_ = ? order by RATED_MS_, ID_",
        row ->
            new TouchpointRating(
                row.getString(1),
                row.getString(2),
                row.getString(3),
                row.getString(4),
                row.getString(5),
                Rating.of(row.getString(6), row.getString(7)),
                row.getString(8),
                Instant.ofEpochMilli(row.getLong(9))),
        caseId);
  }

  private static Complaint complaint(ResultSet row) throws SQLException {
    boolean named = row.getString("NAMED_") != null;
    String name = row.getString("NAME_");
    String channel = row.getString("CHANNEL_");
    long answered = row.getLong("ANSWERED_MS_");
    boolean isAnswered = !row.wasNull();
    return new Complaint(
        row.getString("ID_"),
        VoiceKind.valueOf(row.getString("KIND_")),
        row.getString("CASE_KEY_"),
        row.getString("SERVICE_KEY_"),
        row.getString("TOUCHPOINT_ID_"),
        !named
            ? null
            : name == null ? Complainant.HIDDEN : Complainant.of(name, row.getString("CONTACT_")),
        channel == null ? null : Channel.valueOf(channel),
        row.getString("TEXT_"),
        ComplaintTier.valueOf(row.getString("TIER_")),
        Instant.ofEpochMilli(row.getLong("LODGED_MS_")),
        Instant.ofEpochMilli(row.getLong("DEADLINE_MS_")),
        row.getString("DEADLINE_LIMIT_"),
        isAnswered ? Instant.ofEpochMilli(answered) : null,
        isAnswered ? row.getString("OUTCOME_") : null,
        row.getString("HANDLING_PROC_INST_ID_"));
  }

  private <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      List<T> result = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          result.add(mapper.map(rows));
        }
      }
      return result;
    } catch (SQLException e) {
      throw new PrimaException("Cannot read Prima's voice records: " + e.getMessage(), e);
    }
  }
}

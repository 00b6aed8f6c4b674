package dev.prima.engine.internal;

import dev.prima.PrimaException;
import dev.prima.voice.Complainant;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * {@code PRIMA_COMPLAINANT}, the one place a complainant's name and contact are stored. Written
 * with plain JDBC on the engine command's own connection, so the row commits or rolls back with the
 * complaint, and no statement log or exception message ever carries the values.
 */
final class ComplainantTable {

  private ComplainantTable() {}

  /** Stores who lodged a complaint; nothing for an anonymous one. */
  static void insert(Connection connection, String complaintId, Complainant complainant) {
    if (complainant == null) {
      return;
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into PRIMA_COMPLAINANT (COMPLAINT_ID_, NAME_, CONTACT_) values (?, ?, ?)")) {
      insert.setString(1, complaintId);
      insert.setString(2, complainant.name());
      insert.setString(3, complainant.contact());
      insert.executeUpdate();
    } catch (SQLException e) {
      throw refused("store the complainant of complaint " + complaintId, e);
    }
  }

  /**
   * Deletes who lodged a complaint and replaces its text and answer, which may name them.
   *
   * @return whether the complaint exists
   */
  static boolean erase(Connection connection, String complaintId, String replacement) {
    try (PreparedStatement delete =
            connection.prepareStatement("delete from PRIMA_COMPLAINANT where COMPLAINT_ID_ = ?");
        PreparedStatement update =
            connection.prepareStatement(
                "update PRIMA_VOICE set TEXT_ = ?, OUTCOME_ = case when OUTCOME_ is null then"
                    + " null else ? end where ID_ = ?")) {
      delete.setString(1, complaintId);
      delete.executeUpdate();
      update.setString(1, replacement);
      update.setString(2, replacement);
      update.setString(3, complaintId);
      return update.executeUpdate() == 1;
    } catch (SQLException e) {
      throw refused("erase the complainant of complaint " + complaintId, e);
    }
  }

  /**
   * The database's refusal without its message: drivers quote the refused values there (H2 does for
   * a value too long), and those would be the complainant's.
   */
  private static PrimaException refused(String what, SQLException e) {
    return new PrimaException(
        "The database refused to "
            + what
            + " (SQLState "
            + e.getSQLState()
            + ", error "
            + e.getErrorCode()
            + "); the database's message is left out because it may quote the complainant. Fix:"
            + " check that Prima's schema is at its current version (Prima.journalStatus()).");
  }
}

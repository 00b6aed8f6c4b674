package dev.prima.it;

import dev.prima.export.CsvExporter;
import dev.prima.export.EventLogExporter;
import dev.prima.export.OcelExporter;
import dev.prima.export.XesExporter;
import dev.prima.report.ServiceReport;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.HistoryService;

/**
 * Every way to read what Prima and the engine keep about a case and its complaint, in one list: add
 * a read path here when Prima gains one, and {@link ComplainantPrivacyTest} checks that no
 * complainant's identity shows through it.
 */
final class IdentityReadPaths {

  private IdentityReadPaths() {}

  /** A way to read: its name and the text it shows for a case with a complaint. */
  record ReadPath(String name, Function<ComplaintScene, String> read) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Tables allowed to hold a named complainant's name and contact: the one place they live. */
  static final Set<String> IDENTITY_TABLES = Set.of("PRIMA_COMPLAINANT");

  static final List<ReadPath> ALL =
      List.of(
          new ReadPath(
              "touchpoints().query().caseId(served case)",
              scene ->
                  scene.prima().touchpoints().query().caseId(scene.caseKey()).list().toString()),
          new ReadPath(
              "touchpoints().query().caseId(complaint handling case)",
              scene ->
                  scene
                      .prima()
                      .touchpoints()
                      .query()
                      .caseId(scene.complaintId())
                      .list()
                      .toString()),
          new ReadPath(
              "touchpoints().query().userId(lodging user)",
              scene ->
                  scene.prima().touchpoints().query().userId(scene.userId()).list().toString()),
          new ReadPath(
              "journeys().cycleOf(served case).toTimeline()",
              scene ->
                  scene
                      .prima()
                      .journeys()
                      .cycleOf(scene.caseKey())
                      .orElseThrow()
                      .toTimeline(ZoneOffset.UTC)),
          new ReadPath(
              "journeys().cycleOf(complaint handling case).toTimeline()",
              scene ->
                  scene
                      .prima()
                      .journeys()
                      .cycleOf(scene.complaintId())
                      .map(cycle -> cycle.toTimeline(ZoneOffset.UTC))
                      .orElse("")),
          new ReadPath(
              "voice().complaintsOfCase(case, counter-officer)",
              scene ->
                  scene
                      .prima()
                      .voice()
                      .complaintsOfCase(scene.caseKey(), Set.of("counter-officer"))
                      .stream()
                      .map(c -> c + " " + c.complainant())
                      .toList()
                      .toString()),
          new ReadPath(
              "voice().overdue(no roles)",
              scene -> scene.prima().voice().overdue(Set.of()).toString()),
          new ReadPath(
              "toString() of the complaint-officer's view",
              scene ->
                  scene
                      .prima()
                      .voice()
                      .complaint(scene.complaintId(), Set.of("complaint-officer"))
                      .map(c -> c + " " + c.complainant())
                      .orElse("")),
          new ReadPath("CSV export", scene -> export(scene, CsvExporter.ofDefaults())),
          new ReadPath("XES export", scene -> export(scene, XesExporter.ofDefaults())),
          new ReadPath("OCEL 2.0 export", scene -> export(scene, OcelExporter.ofDefaults())),
          new ReadPath(
              "HTML service report of the service", scene -> report(scene, scene.service())),
          new ReadPath(
              "HTML service report of complaint-handling",
              scene -> report(scene, "complaint-handling")),
          new ReadPath(
              "log lines while lodging (touchpoint log INFO, statement logs DEBUG)",
              ComplaintScene::logWhileLodging),
          new ReadPath(
              "Camunda history of the handling process (start user)",
              scene -> {
                HistoryService history = scene.prima().processEngine().getHistoryService();
                return history
                        .createHistoricProcessInstanceQuery()
                        .processInstanceId(scene.handlingInstanceId())
                        .singleResult()
                        .getStartUserId()
                    + " "
                    + history.createHistoricProcessInstanceQuery().startedBy(scene.userId()).list();
              }),
          new ReadPath(
              "Camunda user operation log",
              scene ->
                  scene
                      .prima()
                      .processEngine()
                      .getHistoryService()
                      .createUserOperationLogQuery()
                      .list()
                      .stream()
                      .map(entry -> entry.getUserId() + " " + entry.getProcessInstanceId())
                      .toList()
                      .toString()),
          new ReadPath(
              "every character column of every table, " + IDENTITY_TABLES + " aside",
              scene -> everyTableBut(scene, IDENTITY_TABLES)));

  private static String export(ComplaintScene scene, EventLogExporter exporter) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter.export(scene.prima().touchpoints(), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String report(ComplaintScene scene, String service) {
    return ServiceReport.builder(scene.prima())
        .service(service)
        .period(Instant.EPOCH, scene.clock().instant().plusSeconds(60))
        .build()
        .render();
  }

  /** The values of every character column of every table, except {@code excluded}. */
  static String everyTableBut(ComplaintScene scene, Set<String> excluded) {
    StringBuilder all = new StringBuilder();
    try (Connection connection = scene.dataSource().getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      List<String[]> columns = new ArrayList<>();
      try (ResultSet rows = meta.getColumns(null, connection.getSchema(), "%", "%")) {
        while (rows.next()) {
          int type = rows.getInt("DATA_TYPE");
          String table = rows.getString("TABLE_NAME");
          boolean text =
              type == Types.VARCHAR
                  || type == Types.CLOB
                  || type == Types.LONGVARCHAR
                  || type == Types.NVARCHAR
                  || type == Types.CHAR;
          if (text && !excluded.contains(table.toUpperCase(java.util.Locale.ROOT))) {
            columns.add(new String[] {table, rows.getString("COLUMN_NAME")});
          }
        }
      }
      try (Statement statement = connection.createStatement()) {
        for (String[] column : columns) {
          try (ResultSet values =
              statement.executeQuery(
                  "select "
                      + column[1]
                      + " from "
                      + column[0]
                      + " where "
                      + column[1]
                      + " is not null")) {
            while (values.next()) {
              all.append(column[0]).append('.').append(column[1]).append('=');
              all.append(values.getString(1)).append('\n');
            }
          }
        }
      }
      if (columns.size() < 100) {
        throw new IllegalStateException("found only " + columns.size() + " columns: " + columns);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return all.toString();
  }
}

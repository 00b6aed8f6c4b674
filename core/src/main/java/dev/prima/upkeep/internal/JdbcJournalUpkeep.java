package dev.prima.upkeep.internal;

import dev.prima.InvalidArgumentException;
import dev.prima.PrimaException;
import dev.prima.export.CsvExporter;
import dev.prima.export.ExportOptions;
import dev.prima.export.ExportSummary;
import dev.prima.touchpoint.Channel;
import dev.prima.touchpoint.Lane;
import dev.prima.touchpoint.Touchpoint;
import dev.prima.touchpoint.TouchpointJournal;
import dev.prima.touchpoint.TouchpointKind;
import dev.prima.touchpoint.TouchpointQuery;
import dev.prima.upkeep.JournalUpkeep;
import dev.prima.upkeep.UpkeepResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The upkeep in plain JDBC: walks the journal's rows that started before the cutoff by start time
 * (keyset pages on the start-time index), and purges their cases a batch at a time.
 */
public final class JdbcJournalUpkeep implements JournalUpkeep {

  /**
   * A page of the walk: rows started before the cutoff, in (start, id) order. START and FULL rows
   * only: every case has one started no later than its other rows, and on PostgreSQL the start
   * index holds only those (schema version 9). Public for the test that checks PostgreSQL's plan of
   * it.
   */
  public static final String WALK_PAGE =
      "select ID_, START_MS_, CASE_KEY_ from PRIMA_JOURNAL"
          + " where PHASE_ in ('START', 'FULL')"
          + " and START_MS_ >= ? and START_MS_ < ? and (START_MS_ > ? or ID_ > ?)"
          + " order by START_MS_, ID_ fetch first ? rows only";

  private static final Logger LOG = LoggerFactory.getLogger(JdbcJournalUpkeep.class);

  /** Called inside each batch's transaction, just before it commits; for tests. */
  @FunctionalInterface
  public interface BeforeCommit {
    void batch(long number, List<String> cases);
  }

  private static final BeforeCommit NOTHING = (number, cases) -> {};

  /** Journal rows read per page of the walk; the cases of a page are purged before the next. */
  private static final int ROWS_PER_CASE_ESTIMATE = 10;

  private final DataSource dataSource;
  private final Supplier<TouchpointJournal> journal;
  private final Function<Set<String>, Set<String>> runningInstances;
  private final Clock clock;
  private final int casesPerBatch;
  private final BeforeCommit beforeCommit;

  /**
   * @param runningInstances of the given process instance ids, those still running
   */
  public JdbcJournalUpkeep(
      DataSource dataSource,
      Supplier<TouchpointJournal> journal,
      Function<Set<String>, Set<String>> runningInstances,
      Clock clock) {
    this(dataSource, journal, runningInstances, clock, DEFAULT_CASES_PER_BATCH, NOTHING);
  }

  private JdbcJournalUpkeep(
      DataSource dataSource,
      Supplier<TouchpointJournal> journal,
      Function<Set<String>, Set<String>> runningInstances,
      Clock clock,
      int casesPerBatch,
      BeforeCommit beforeCommit) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource must not be null");
    this.journal = Objects.requireNonNull(journal, "journal must not be null");
    this.runningInstances = Objects.requireNonNull(runningInstances, "runningInstances");
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
    this.casesPerBatch = casesPerBatch;
    this.beforeCommit = beforeCommit;
  }

  @Override
  public JdbcJournalUpkeep casesPerBatch(int cases) {
    if (cases < 1) {
      throw new InvalidArgumentException("casesPerBatch must be at least 1, but was " + cases);
    }
    return new JdbcJournalUpkeep(dataSource, journal, runningInstances, clock, cases, beforeCommit);
  }

  /** {@return the same upkeep calling {@code hook} before each batch commits} */
  public JdbcJournalUpkeep beforeCommit(BeforeCommit hook) {
    return new JdbcJournalUpkeep(
        dataSource, journal, runningInstances, clock, casesPerBatch, Objects.requireNonNull(hook));
  }

  @Override
  public UpkeepResult purge(Instant cutoff) {
    checkCutoff(cutoff);
    return new Run(cutoff.toEpochMilli(), null).run();
  }

  @Override
  public UpkeepResult archiveAndPurge(Instant cutoff, Path archive) {
    checkCutoff(cutoff);
    if (archive == null) {
      throw new InvalidArgumentException("archive must not be null");
    }
    Path folder = archive.toAbsolutePath().getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new InvalidArgumentException(
          "archive's folder must exist, but " + folder + " does not: create it first");
    }
    FileChannel channel;
    try {
      channel = FileChannel.open(archive, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      throw new InvalidArgumentException(
          "archive "
              + archive
              + " exists: an archive is never overwritten or appended to; choose a new file name");
    } catch (IOException e) {
      throw new PrimaException("Cannot create the archive " + archive + ": " + e.getMessage(), e);
    }
    try (channel) {
      return new Run(cutoff.toEpochMilli(), new Archive(channel, archive)).run();
    } catch (IOException e) {
      throw new PrimaException("Cannot close the archive " + archive + ": " + e.getMessage(), e);
    }
  }

  private void checkCutoff(Instant cutoff) {
    if (cutoff == null) {
      throw new InvalidArgumentException("cutoff must not be null");
    }
    Instant now = clock.instant();
    if (cutoff.isAfter(now)) {
      throw new InvalidArgumentException(
          "cutoff must not be after now ("
              + now
              + "), but was "
              + cutoff
              + ": upkeep removes periods that are over");
    }
  }

  /** One run: the walk, the batches and their counts. */
  private final class Run {
    private final long cutoff;
    private final Archive archive;
    private long cases;
    private long touchpoints;
    private long journalRows;
    private long breaches;
    private long voices;
    private long ratings;
    private long archived;
    private long batches;
    private final Phases phases = new Phases();

    Run(long cutoff, Archive archive) {
      this.cutoff = cutoff;
      this.archive = archive;
    }

    UpkeepResult run() {
      try (Connection connection = dataSource.getConnection()) {
        boolean autoCommit = connection.getAutoCommit();
        // each batch's statements cost enough for PostgreSQL to JIT-compile them, which took longer
        // than running them (an archive's batch read: 1.5 s against 37 ms at 10,000,000
        // touchpoints); for this run's connection only, set before its transactions begin
        boolean postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        if (postgres) {
          try (Statement set = connection.createStatement()) {
            set.execute("set jit = off");
          }
        }
        connection.setAutoCommit(false);
        try {
          if (archive != null) {
            archive.header(journal.get());
          }
          walk(connection);
          purgeServiceVoices(connection);
          if (archive != null) {
            LOG.info(
                "archived and purged {} cases ({} touchpoints) in {} batches: {}",
                cases,
                touchpoints,
                batches,
                phases);
          }
        } finally {
          connection.rollback(); // nothing is pending; ends a read left open by a failure
          connection.setAutoCommit(autoCommit);
          if (postgres) {
            try (Statement reset = connection.createStatement()) {
              reset.execute("reset jit");
            }
            if (!autoCommit) {
              connection.commit();
            }
          }
        }
      } catch (SQLException e) {
        throw new PrimaException(
            "Cannot purge the journal: "
                + e.getMessage()
                + " (the cases purged before stay purged: run it again to finish)",
            e);
      }
      return new UpkeepResult(
          cases, touchpoints, journalRows, breaches, voices, ratings, archived, batches);
    }

    /**
     * Pages through rows started before the cutoff, in (start, id) order, and purges their cases.
     */
    private void walk(Connection connection) throws SQLException {
      int pageRows = casesPerBatch * ROWS_PER_CASE_ESTIMATE;
      Set<String> kept = new HashSet<>();
      long fromStart = Long.MIN_VALUE;
      String fromId = "";
      while (true) {
        Set<String> found = new LinkedHashSet<>();
        int rows = 0;
        long walkStart = System.nanoTime();
        try (PreparedStatement select = connection.prepareStatement(WALK_PAGE)) {
          select.setLong(1, fromStart);
          select.setLong(2, cutoff);
          select.setLong(3, fromStart);
          select.setString(4, fromId);
          select.setInt(5, pageRows);
          try (ResultSet result = select.executeQuery()) {
            while (result.next()) {
              rows++;
              fromId = result.getString(1);
              fromStart = result.getLong(2);
              String caseKey = result.getString(3);
              if (!kept.contains(caseKey)) {
                found.add(caseKey);
              }
            }
          }
        }
        connection.commit();
        phases.walk += System.nanoTime() - walkStart;
        List<String> candidates = new ArrayList<>(found);
        for (int i = 0; i < candidates.size(); i += casesPerBatch) {
          List<String> batch =
              candidates.subList(i, Math.min(candidates.size(), i + casesPerBatch));
          kept.addAll(batch(connection, batch));
        }
        if (rows < pageRows) {
          return;
        }
      }
    }

    /** Purges the cases of {@code candidates} that are over; returns those kept. */
    private Set<String> batch(Connection connection, List<String> candidates) throws SQLException {
      // rows and touchpoints per case, counted in the same read that decides which cases are over:
      // the archive and the delete are checked against these counts
      Map<String, long[]> over = new LinkedHashMap<>();
      long checkStart = System.nanoTime();
      String in = placeholders(candidates.size());
      try (PreparedStatement select =
          connection.prepareStatement(
              "select CASE_KEY_, count(*),"
                  + " sum(case when PHASE_ in ('START', 'FULL') then 1 else 0 end),"
                  + " sum(case when PHASE_ = 'START' then 1 when PHASE_ = 'END' then -1 else 0"
                  + " end),"
                  + " max(coalesce(END_MS_, START_MS_))"
                  + " from PRIMA_JOURNAL where CASE_KEY_ in ("
                  + in
                  + ") group by CASE_KEY_")) {
        bind(select, 1, candidates);
        try (ResultSet result = select.executeQuery()) {
          while (result.next()) {
            boolean open = result.getLong(4) != 0;
            long last = result.getLong(5);
            if (!open && !result.wasNull() && last < cutoff) {
              over.put(result.getString(1), new long[] {result.getLong(2), result.getLong(3)});
            }
          }
        }
      }
      over.keySet().removeAll(laterOrOpen(connection, over.keySet()));
      over.keySet().removeAll(running(connection, over.keySet()));
      Set<String> kept = new HashSet<>(candidates);
      kept.removeAll(over.keySet());
      if (over.isEmpty()) {
        connection.commit();
        phases.check += System.nanoTime() - checkStart;
        return kept;
      }
      List<String> purged = new ArrayList<>(over.keySet());
      String purgedIn = placeholders(purged.size());
      long rowsOfCases = 0;
      long touchpointsOfCases = 0;
      for (long[] counts : over.values()) {
        rowsOfCases += counts[0];
        touchpointsOfCases += counts[1];
      }
      phases.check += System.nanoTime() - checkStart;
      if (archive != null) {
        long written = archive.write(journal.get(), purged, phases);
        if (written != touchpointsOfCases) {
          // a touchpoint came or went between the count and the read: leave these cases for now
          connection.rollback();
          return new HashSet<>(candidates);
        }
        archived += written;
      }
      long deleteStart = System.nanoTime();
      breaches += delete(connection, "delete from PRIMA_BREACH where CASE_KEY_ in", purged);
      ratings += delete(connection, "delete from PRIMA_RATING where CASE_KEY_ in", purged);
      try (PreparedStatement complainants =
          connection.prepareStatement(
              "delete from PRIMA_COMPLAINANT where COMPLAINT_ID_ in"
                  + " (select ID_ from PRIMA_VOICE where CASE_KEY_ in ("
                  + purgedIn
                  + "))")) {
        bind(complainants, 1, purged);
        complainants.executeUpdate();
      }
      voices += delete(connection, "delete from PRIMA_VOICE where CASE_KEY_ in", purged);
      delete(connection, "delete from PRIMA_CASE_SUMMARY where CASE_KEY_ in", purged);
      long deletedRows = delete(connection, "delete from PRIMA_JOURNAL where CASE_KEY_ in", purged);
      if (deletedRows != rowsOfCases) {
        // a row came between the count and the delete: it would go unarchived, so none goes
        connection.rollback();
        return new HashSet<>(candidates);
      }
      beforeCommit.batch(batches + 1, Collections.unmodifiableList(purged));
      connection.commit();
      phases.delete += System.nanoTime() - deleteStart;
      batches++;
      cases += purged.size();
      touchpoints += touchpointsOfCases;
      journalRows += deletedRows;
      return kept;
    }

    /** Cases with a breach, rating or complaint at or after the cutoff, or a complaint open. */
    private Set<String> laterOrOpen(Connection connection, Set<String> cases) throws SQLException {
      if (cases.isEmpty()) {
        return Set.of();
      }
      List<String> keys = new ArrayList<>(cases);
      String in = placeholders(keys.size());
      String sql =
          "select CASE_KEY_ from PRIMA_BREACH where CASE_KEY_ in ("
              + in
              + ") and DETECTED_MS_ >= ?"
              + " union select CASE_KEY_ from PRIMA_RATING where CASE_KEY_ in ("
              + in
              + ") and RATED_MS_ >= ?"
              + " union select CASE_KEY_ from PRIMA_VOICE where CASE_KEY_ in ("
              + in
              + ") and (LODGED_MS_ >= ? or (KIND_ = 'COMPLAINT'"
              + " and (ANSWERED_MS_ is null or ANSWERED_MS_ >= ?)))";
      Set<String> later = new HashSet<>();
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        int index = bind(select, 1, keys);
        select.setLong(index++, cutoff);
        index = bind(select, index, keys);
        select.setLong(index++, cutoff);
        index = bind(select, index, keys);
        select.setLong(index++, cutoff);
        select.setLong(index, cutoff);
        try (ResultSet result = select.executeQuery()) {
          while (result.next()) {
            later.add(result.getString(1));
          }
        }
      }
      return later;
    }

    /** Cases with a process instance (top-level or called) still running in the engine. */
    private Set<String> running(Connection connection, Set<String> cases) throws SQLException {
      if (cases.isEmpty()) {
        return Set.of();
      }
      List<String> keys = new ArrayList<>(cases);
      java.util.Map<String, String> caseOfInstance = new java.util.HashMap<>();
      try (PreparedStatement select =
          connection.prepareStatement(
              "select distinct CASE_KEY_, PROC_INST_ID_, ROOT_PROC_INST_ID_ from PRIMA_JOURNAL"
                  + " where CASE_KEY_ in ("
                  + placeholders(keys.size())
                  + ")")) {
        bind(select, 1, keys);
        try (ResultSet result = select.executeQuery()) {
          while (result.next()) {
            caseOfInstance.put(result.getString(2), result.getString(1));
            caseOfInstance.put(result.getString(3), result.getString(1));
          }
        }
      }
      Set<String> running = new HashSet<>();
      for (String instance : runningInstances.apply(caseOfInstance.keySet())) {
        running.add(caseOfInstance.get(instance));
      }
      return running;
    }

    /** Complaints and suggestions about a service, not a case, that are over. */
    private void purgeServiceVoices(Connection connection) throws SQLException {
      String over =
          "select ID_ from PRIMA_VOICE where CASE_KEY_ is null and LODGED_MS_ < ?"
              + " and (KIND_ <> 'COMPLAINT' or ANSWERED_MS_ < ?)"
              + " fetch first ? rows only";
      while (true) {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(over)) {
          select.setLong(1, cutoff);
          select.setLong(2, cutoff);
          select.setInt(3, casesPerBatch);
          try (ResultSet result = select.executeQuery()) {
            while (result.next()) {
              ids.add(result.getString(1));
            }
          }
        }
        if (ids.isEmpty()) {
          connection.commit();
          return;
        }
        delete(connection, "delete from PRIMA_COMPLAINANT where COMPLAINT_ID_ in", ids);
        voices += delete(connection, "delete from PRIMA_VOICE where ID_ in", ids);
        beforeCommit.batch(batches + 1, List.of());
        connection.commit();
        batches++;
      }
    }
  }

  /** The archive file: batches appended under one header, each forced to the disk. */
  private static final class Archive {
    private final FileChannel channel;
    private final Path path;

    Archive(FileChannel channel, Path path) {
      this.channel = channel;
      this.path = path;
    }

    /** Writes the CSV header: the export of no touchpoint. */
    void header(TouchpointJournal journal) {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      CsvExporter.of(ExportOptions.ofDefaults()).export(new Rows(List.of()), buffer);
      append(buffer.toByteArray(), 0, new Phases());
    }

    /** Writes the touchpoints of {@code cases}, forces them to the disk, returns how many. */
    long write(TouchpointJournal journal, List<String> cases, Phases phases) {
      long start = System.nanoTime();
      List<Touchpoint> rows = journal.query().caseIdIn(cases).orderByCase().list();
      long read = System.nanoTime();
      phases.read += read - start;
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      ExportSummary summary =
          CsvExporter.of(ExportOptions.ofDefaults()).export(new Rows(rows), buffer);
      byte[] bytes = buffer.toByteArray();
      phases.csv += System.nanoTime() - read;
      append(bytes, afterHeader(bytes), phases);
      return summary.touchpoints();
    }

    private static int afterHeader(byte[] bytes) {
      byte[] lineEnd = "\r\n".getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i + 1 < bytes.length; i++) {
        if (bytes[i] == lineEnd[0] && bytes[i + 1] == lineEnd[1]) {
          return i + 2;
        }
      }
      return bytes.length;
    }

    private void append(byte[] bytes, int from, Phases phases) {
      try {
        long start = System.nanoTime();
        ByteBuffer buffer = ByteBuffer.wrap(bytes, from, bytes.length - from);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        long written = System.nanoTime();
        phases.write += written - start;
        channel.force(true);
        phases.force += System.nanoTime() - written;
      } catch (IOException e) {
        throw new PrimaException(
            "Cannot write the archive " + path + ": " + e.getMessage() + " (nothing of it purged)",
            e);
      }
    }
  }

  /** Where a run's time went, summed over its batches; logged when an archive run ends. */
  private static final class Phases {
    private long walk;
    private long check;
    private long read;
    private long csv;
    private long write;
    private long force;
    private long delete;

    @Override
    public String toString() {
      return String.format(
          java.util.Locale.ROOT,
          "walk %d ms, checks %d ms, read %d ms, CSV %d ms, write %d ms, force %d ms,"
              + " delete and commit %d ms",
          walk / 1_000_000,
          check / 1_000_000,
          read / 1_000_000,
          csv / 1_000_000,
          write / 1_000_000,
          force / 1_000_000,
          delete / 1_000_000);
    }
  }

  /**
   * A batch's touchpoints, read once, seen as a journal by the CSV exporter: every query of it
   * returns them all, in the order read (by case).
   */
  private record Rows(List<Touchpoint> rows) implements TouchpointJournal, TouchpointQuery {
    @Override
    public TouchpointQuery query() {
      return this;
    }

    @Override
    public long purgeEndedBefore(Instant cutoff) {
      throw new UnsupportedOperationException("a batch read from the journal purges nothing");
    }

    @Override
    public TouchpointQuery caseId(String caseId) {
      return this;
    }

    @Override
    public TouchpointQuery caseIdIn(java.util.Collection<String> caseIds) {
      return this;
    }

    @Override
    public TouchpointQuery caseAfter(String caseId) {
      return this;
    }

    @Override
    public TouchpointQuery ofCasesTouchedIn(String processDefinitionKey, Instant from, Instant to) {
      return this;
    }

    @Override
    public TouchpointQuery processInstanceId(String processInstanceId) {
      return this;
    }

    @Override
    public TouchpointQuery processDefinitionKey(String processDefinitionKey) {
      return this;
    }

    @Override
    public TouchpointQuery userId(String userId) {
      return this;
    }

    @Override
    public TouchpointQuery role(String role) {
      return this;
    }

    @Override
    public TouchpointQuery channel(Channel channel) {
      return this;
    }

    @Override
    public TouchpointQuery lane(Lane lane) {
      return this;
    }

    @Override
    public TouchpointQuery kind(TouchpointKind kind) {
      return this;
    }

    @Override
    public TouchpointQuery active(boolean active) {
      return this;
    }

    @Override
    public TouchpointQuery startedAfter(Instant from) {
      return this;
    }

    @Override
    public TouchpointQuery startedBefore(Instant to) {
      return this;
    }

    @Override
    public TouchpointQuery descending() {
      return this;
    }

    @Override
    public TouchpointQuery orderByCase() {
      return this;
    }

    @Override
    public TouchpointQuery withoutServed() {
      return new Rows(rows.stream().map(t -> t.servedAt(null)).toList());
    }

    @Override
    public List<Touchpoint> list() {
      return rows;
    }

    @Override
    public List<Touchpoint> listPage(int firstResult, int maxResults) {
      return rows.subList(
          Math.min(rows.size(), firstResult),
          (int) Math.min(rows.size(), (long) firstResult + maxResults));
    }

    @Override
    public long count() {
      return rows.size();
    }
  }

  private static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  private static int bind(PreparedStatement statement, int from, List<String> values)
      throws SQLException {
    int index = from;
    for (String value : values) {
      statement.setString(index++, value);
    }
    return index;
  }

  /** Runs {@code head (?, ?, ...)}: {@code head} ends with {@code in}. */
  private static int delete(Connection connection, String head, List<String> keys)
      throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement(head + " (" + placeholders(keys.size()) + ")")) {
      bind(delete, 1, keys);
      return delete.executeUpdate();
    }
  }
}

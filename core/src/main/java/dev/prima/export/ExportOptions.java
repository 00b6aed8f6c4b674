package dev.prima.export;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.internal.Arguments;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What to export and how: an optional service and time window, the zone timestamps are written in
 * and a page size kept for compatibility. Immutable; build with {@link #custom()} or take {@link
 * #ofDefaults()}.
 *
 * <p>Defaults: every service, all time, timestamps in UTC ({@code Z}). The window selects
 * touchpoints by their start: {@code from} inclusive, {@code to} exclusive.
 *
 * <p>UTC is the default because PM4Py (2.7) reads an XES or OCEL timestamp such as {@code
 * 10:26:00+07:00} as if it were 10:26 UTC, so every event would land seven hours late; with {@code
 * Z} it reads the instants exactly. Set {@link Builder#zone(ZoneId)} to write a local offset for
 * tools that keep it.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class ExportOptions {

  /** The zone timestamps are written in unless another is set: UTC, written {@code Z}. */
  public static final ZoneId DEFAULT_ZONE = ZoneOffset.UTC;

  /** Touchpoints read from the journal per query unless another size is set. */
  public static final int DEFAULT_PAGE_SIZE = 1000;

  private static final ExportOptions DEFAULTS = custom().build();

  private final String service;
  private final Instant from;
  private final Instant to;
  private final ZoneId zone;
  private final int pageSize;

  private ExportOptions(Builder builder) {
    this.service = builder.service;
    this.from = builder.from;
    this.to = builder.to;
    this.zone = builder.zone;
    this.pageSize = builder.pageSize;
  }

  /**
   * {@return the default options: every service, all time, UTC, pages of {@link
   * #DEFAULT_PAGE_SIZE}}
   */
  public static ExportOptions ofDefaults() {
    return DEFAULTS;
  }

  /** {@return a builder with the defaults, to change some of them} */
  public static Builder custom() {
    return new Builder();
  }

  /**
   * {@return a builder starting from {@code base}}
   *
   * @param base the options to start from
   */
  public static Builder from(ExportOptions base) {
    Objects.requireNonNull(base, "base must not be null");
    Builder builder = new Builder();
    builder.service = base.service;
    builder.from = base.from;
    builder.to = base.to;
    builder.zone = base.zone;
    builder.pageSize = base.pageSize;
    return builder;
  }

  /** {@return the process definition key to export; empty for every service} */
  public Optional<String> service() {
    return Optional.ofNullable(service);
  }

  /** {@return touchpoints that started at or after this instant; empty for no lower bound} */
  public Optional<Instant> startedFrom() {
    return Optional.ofNullable(from);
  }

  /** {@return touchpoints that started before this instant; empty for no upper bound} */
  public Optional<Instant> startedBefore() {
    return Optional.ofNullable(to);
  }

  /**
   * {@return the zone whose offset timestamps are written with; {@link #DEFAULT_ZONE} by default}
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * {@return the touchpoints read per journal query; {@link #DEFAULT_PAGE_SIZE} by default}
   *
   * <p>Prima's exporters no longer page: they read the journal in one streamed statement (#21). The
   * option is kept for callers that set it and has no effect on what is written.
   *
   * @deprecated the exporters stream the journal; nothing reads this option
   */
  @Deprecated(since = "0.1.0", forRemoval = true)
  public int pageSize() {
    return pageSize;
  }

  @Override
  public String toString() {
    return "ExportOptions[service="
        + (service == null ? "all" : service)
        + ", from="
        + (from == null ? "-" : from)
        + ", to="
        + (to == null ? "-" : to)
        + ", zone="
        + zone
        + ", pageSize="
        + pageSize
        + "]";
  }

  /** Fail-fast builder of {@link ExportOptions}. */
  public static final class Builder {
    private String service;
    private Instant from;
    private Instant to;
    private ZoneId zone = DEFAULT_ZONE;
    private int pageSize = DEFAULT_PAGE_SIZE;

    private Builder() {}

    /**
     * Only touchpoints of this service (process definition key).
     *
     * @param processDefinitionKey the process definition key; not blank
     * @return this builder
     */
    public Builder service(String processDefinitionKey) {
      Arguments.key("service", processDefinitionKey);
      if (processDefinitionKey.isBlank()) {
        throw new IllegalArgumentException("service must not be blank, but was ''");
      }
      this.service = processDefinitionKey;
      return this;
    }

    /**
     * Only touchpoints that started in {@code [from, to)}; either may be {@code null}.
     *
     * @param from the earliest start, inclusive, or {@code null}
     * @param to the latest start, exclusive, or {@code null}; after {@code from} when both are
     *     given
     * @return this builder
     */
    public Builder between(Instant from, Instant to) {
      if (from != null && to != null && !from.isBefore(to)) {
        throw new IllegalArgumentException("from must be before to, but was " + from + " >= " + to);
      }
      this.from = from;
      this.to = to;
      return this;
    }

    /**
     * The zone whose offset timestamps carry: {@code Z} for UTC (the default), {@code +07:00} for
     * Asia/Jakarta. The instants are the same; only PM4Py 2.7 misreads a non-UTC offset.
     *
     * @param zone the zone; not null
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone must not be null");
      return this;
    }

    /**
     * Touchpoints read per journal query; no longer used by Prima's exporters, which stream the
     * journal in one statement (see {@link ExportOptions#pageSize()}).
     *
     * @param pageSize at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code pageSize} is below 1
     * @deprecated the exporters stream the journal; nothing reads this option
     */
    @Deprecated(since = "0.1.0", forRemoval = true)
    public Builder pageSize(int pageSize) {
      if (pageSize < 1) {
        throw new IllegalArgumentException("pageSize must be at least 1, but was " + pageSize);
      }
      this.pageSize = pageSize;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options; immutable
     */
    public ExportOptions build() {
      return new ExportOptions(this);
    }
  }
}

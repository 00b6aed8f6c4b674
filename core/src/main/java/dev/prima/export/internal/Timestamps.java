package dev.prima.export.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * ISO 8601 / xs:dateTime / RFC 3339 with milliseconds and an explicit offset: {@code Z} in UTC
 * (2026-11-30T03:26:00.000Z), else the zone's offset (2026-11-30T10:26:00.000+07:00).
 */
public final class Timestamps {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

  private final ZoneId zone;

  public Timestamps(ZoneId zone) {
    this.zone = zone;
  }

  public String format(Instant instant) {
    return FORMAT.format(instant.atZone(zone));
  }
}

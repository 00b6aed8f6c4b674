/**
 * Journal upkeep: purging, or archiving and then purging, the cases of a period that is over, in
 * short batches that never lock the engine out, resumable after a crash.
 *
 * <pre>{@code
 * Instant cutoff = Instant.parse("2026-01-01T00:00:00Z");
 * UpkeepResult result = prima.upkeep().archiveAndPurge(cutoff, Path.of("journal-2025.csv"));
 * }</pre>
 */
package dev.prima.upkeep;

/**
 * Event logs for process mining: the touchpoint journal written as XES (IEEE 1849-2016), OCEL 2.0
 * JSON or CSV, streamed case by case so the size of the journal does not bound memory.
 *
 * <pre>{@code
 * ExportOptions options = ExportOptions.custom().service("ktp").build(); // timestamps in UTC (Z)
 * try (OutputStream out = Files.newOutputStream(Path.of("ktp.xes"))) {
 *   ExportSummary summary = XesExporter.of(options).export(prima.touchpoints(), out);
 * }
 * }</pre>
 */
package dev.prima.export;

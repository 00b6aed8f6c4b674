package dev.prima.benchmarks;

/** Placeholder main; replaced by the throughput harness. */
public final class Benchmarks {
  private Benchmarks() {}

  public static void main(String[] args) {}
}

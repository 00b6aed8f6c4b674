package dev.prima.examples;

/** Placeholder main; replaced by the picocli command line. */
public final class PrimaCli {
  private PrimaCli() {}

  public static void main(String[] args) {}
}

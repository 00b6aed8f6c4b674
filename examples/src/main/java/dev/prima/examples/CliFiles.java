package dev.prima.examples;

import dev.prima.internal.IoReasons;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks of the paths a command is given, made before anything starts, and the reasons of file
 * errors in words (NIO's exceptions carry only the path).
 */
final class CliFiles {

  private CliFiles() {}

  /**
   * Why a file operation failed, without the path: "no such file or directory", ... (core's
   * wording, so the CLI and the library say it alike).
   */
  static String reason(IOException e) {
    return IoReasons.of(e);
  }

  /**
   * Checks that {@code file} can be written: not a directory, writable if it exists, and its
   * directory writable or creatable. Creates nothing. {@code exampleName} is the file name the fix
   * suggests when {@code file} is a directory.
   *
   * @throws CommandFailure naming the option, the path, the problem and the fix
   */
  static void checkWritableFile(String option, Path file, String exampleName) {
    Path absolute = file.toAbsolutePath().normalize();
    if (Files.isDirectory(absolute)) {
      throw new CommandFailure(
          option
              + " "
              + file
              + ": is a directory, not a file. Fix: name the file to write, e.g. "
              + option
              + " "
              + file.resolve(exampleName)
              + ".");
    }
    if (Files.exists(absolute) && !Files.isWritable(absolute)) {
      throw new CommandFailure(
          option
              + " "
              + file
              + ": the file exists and is not writable. Fix: make it writable or name another"
              + " file.");
    }
    Path parent = absolute.getParent();
    if (parent != null) {
      checkDirectoryCreatable(option, file, parent);
    }
  }

  /**
   * Checks that {@code dir} is a writable directory, or can be created as one. Creates nothing.
   *
   * @throws CommandFailure naming the option, the path, the problem and the fix
   */
  static void checkWritableDirectory(String option, Path dir) {
    Path absolute = dir.toAbsolutePath().normalize();
    if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
      throw new CommandFailure(
          option
              + " "
              + dir
              + ": is a file, not a directory. Fix: name a directory (it is created if"
              + " missing), or move the file away.");
    }
    checkDirectoryCreatable(option, dir, absolute);
  }

  /** The directory exists and is writable, or its nearest existing ancestor is. */
  private static void checkDirectoryCreatable(String option, Path given, Path dir) {
    Path existing = dir;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return; // nothing of it exists, not even a root: let the write say why
    }
    if (!Files.isDirectory(existing)) {
      throw new CommandFailure(
          option
              + " "
              + given
              + ": cannot create the directory "
              + dir
              + " because "
              + existing
              + " is a file. Fix: choose a path whose directories are directories, or move "
              + existing
              + " away.");
    }
    if (!Files.isWritable(existing)) {
      throw new CommandFailure(
          option
              + " "
              + given
              + ": "
              + (existing.equals(dir)
                  ? "the directory " + dir + " is not writable"
                  : "cannot create " + dir + " because " + existing + " is not writable")
              + ". Fix: choose a directory you may write to, or grant write access to "
              + existing
              + ".");
    }
  }
}

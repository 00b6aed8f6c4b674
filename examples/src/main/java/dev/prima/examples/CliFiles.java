package dev.prima.examples;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Checks of the paths a command is given, made before anything starts, and the reasons of file
 * errors in words (NIO's exceptions carry only the path), in the language of {@code --lang}.
 */
final class CliFiles {

  private CliFiles() {}

  /**
   * Why a file operation failed, without the path: "no such file or directory", ...; the operating
   * system's own words where Java has no exception of its own for the reason.
   */
  static CliText reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return CliText.of("io.noSuchFile");
    }
    if (e instanceof AccessDeniedException) {
      return CliText.of("io.accessDenied");
    }
    if (e instanceof NotDirectoryException) {
      return CliText.of("io.notDirectory");
    }
    if (e instanceof FileAlreadyExistsException) {
      return CliText.of("io.inTheWay");
    }
    if (e instanceof DirectoryNotEmptyException) {
      return CliText.of("io.notEmpty");
    }
    String system =
        e instanceof FileSystemException fs && fs.getReason() != null
            ? fs.getReason()
            : e.getMessage();
    return CliText.of(
        "io.other", system == null || system.isBlank() ? e.getClass().getSimpleName() : system);
  }

  /**
   * Where a file error names a file other than {@code except} (a directory on the way, say), that
   * file in brackets after the reason; else nothing.
   */
  static String otherFile(IOException e, Path except) {
    return e instanceof FileSystemException fs
            && fs.getFile() != null
            && (except == null || !Path.of(fs.getFile()).equals(except))
        ? " (" + fs.getFile() + ")"
        : "";
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
          "file.isDirectory", option, file.toString(), file.resolve(exampleName).toString());
    }
    if (Files.exists(absolute) && !Files.isWritable(absolute)) {
      throw new CommandFailure("file.notWritable", option, file.toString());
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
      throw new CommandFailure("dir.isFile", option, dir.toString());
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
          "dir.parentIsFile", option, given.toString(), dir.toString(), existing.toString());
    }
    if (!Files.isWritable(existing)) {
      throw new CommandFailure(
          existing.equals(dir) ? "dir.notWritable" : "dir.parentNotWritable",
          option,
          given.toString(),
          dir.toString(),
          existing.toString());
    }
  }
}

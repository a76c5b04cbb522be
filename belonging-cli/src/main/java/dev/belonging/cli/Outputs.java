package dev.belonging.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes output files: parent directories created, content moved into place when complete. */
final class Outputs {
  private Outputs() {}

  /** Something that writes a file's content to a stream. */
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  static void write(Path file, Content content) {
    Path absolute = file.toAbsolutePath();
    Path temp = null;
    try {
      Path dir = absolute.getParent();
      if (dir != null) {
        Files.createDirectories(dir);
      }
      // Beside the target, so the move stays on one file system; default permissions.
      temp = absolute.resolveSibling("." + absolute.getFileName() + ".tmp");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
        content.writeTo(out);
      }
      Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | UncheckedIOException e) {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // The write failed already; that failure is what the user needs to see.
          e.addSuppressed(ignored);
        }
      }
      throw CliException.output(file + ": cannot be written: " + e.getMessage(), e);
    }
  }

  static void writeString(Path file, String text) {
    write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }
}

package dev.belonging.csv;

import dev.belonging.instrument.Response;
import java.io.Closeable;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * The accepted responses of an export, read one row at a time (from {@link CsvImport#stream}).
 * Rows that are skipped, dropped or blank are counted in {@link #report()} as the stream passes
 * them.
 *
 * <p>{@link #hasNext()} and {@link #next()} throw {@link CsvImportException} where {@link
 * CsvImport#read} would, and {@link UncheckedIOException} if reading fails. Not thread-safe;
 * close it (try-with-resources) when done.
 */
public final class CsvResponseStream implements Iterator<Response>, Closeable {
  private final ImportSession session;
  private @Nullable Response next;
  private boolean done;

  CsvResponseStream(ImportSession session) {
    this.session = session;
  }

  @Override
  public boolean hasNext() {
    if (next != null) {
      return true;
    }
    if (done) {
      return false;
    }
    next = session.next();
    if (next == null) {
      done = true;
    }
    return next != null;
  }

  @Override
  public Response next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more responses");
    }
    Response r = next;
    next = null;
    return r;
  }

  /**
   * What happened to the data rows read so far; complete once {@link #hasNext()} returned false.
   *
   * @return the report so far
   */
  public ImportReport report() {
    return session.report();
  }

  /**
   * Stops reading. Closes the file if the stream was opened from a path.
   *
   * @throws UncheckedIOException if closing fails
   */
  @Override
  public void close() {
    done = true;
    next = null;
    session.close();
  }
}

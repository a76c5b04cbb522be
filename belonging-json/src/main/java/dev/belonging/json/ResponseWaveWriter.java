package dev.belonging.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.belonging.instrument.Response;
import dev.belonging.instrument.ResponseWave;
import dev.belonging.workforce.Dimension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.ObjIntConsumer;

/**
 * Writes a {@code belonging.response-wave} document one response at a time: the header when the
 * writer is created, each response as {@link #write(Response)} is called, and the end of the
 * document on {@link #close()}. The output is byte for byte what {@link
 * BelongingJson#write(ResponseWave, java.io.OutputStream)} writes for the same wave, provided the
 * same dimensions are declared.
 *
 * <p>Obtain one from {@link BelongingJson#responseWaveWriter(java.io.OutputStream, ResponseWave,
 * Iterable)}. Not thread-safe. {@link #close()} flushes but does not close the caller's stream;
 * a writer that is not closed leaves an incomplete document.
 */
public final class ResponseWaveWriter implements AutoCloseable {
  private final JsonGenerator generator;
  private final Dimensions dimensions;
  private final boolean ownsGenerator;
  private int written;
  private boolean closed;
  /** The current response's answers, in its order; see {@link #writeAnswers(Response)}. */
  private String[] answerIds = new String[32];
  private int[] answerPoints = new int[32];
  private int answerCount;
  private final ObjIntConsumer<String> collector = this::collect;

  ResponseWaveWriter(JsonGenerator generator, ResponseWave header, Iterable<Dimension> declared,
      boolean ownsGenerator) {
    this.generator = generator;
    this.ownsGenerator = ownsGenerator;
    this.dimensions = Dimensions.of(Dimensions.declared(declared));
    try {
      generator.writeStartObject();
      generator.writeStringField("format", ResponseWaveReader.FORMAT);
      generator.writeStringField("version", Codec.VERSION);
      generator.writeStringField("instrumentId", header.instrumentId());
      generator.writeStringField("instrumentVersion", header.instrumentVersion().toString());
      generator.writeStringField("waveId", header.waveId());
      generator.writeStringField("label", header.label());
      generator.writeNumberField("ordinal", header.ordinal());
      if (!dimensions.all().isEmpty()) {
        generator.writeArrayFieldStart("dimensions");
        for (Dimension d : dimensions.all()) {
          generator.writeStartObject();
          generator.writeStringField("name", d.name());
          generator.writeBooleanField("sensitive", d.sensitive());
          generator.writeEndObject();
        }
        generator.writeEndArray();
      }
      generator.writeArrayFieldStart("responses");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes one response.
   *
   * @param response the next response
   * @throws IllegalArgumentException if the response uses a dimension the header did not declare
   * @throws IllegalStateException if the writer is closed
   * @throws UncheckedIOException if the stream fails
   */
  public void write(Response response) {
    if (closed) {
      throw new IllegalStateException("the response-wave writer is closed");
    }
    for (Dimension d : response.attributes().values().keySet()) {
      if (!dimensions.contains(d)) {
        throw new IllegalArgumentException("response " + written + " uses dimension '"
            + d.name() + "', which the writer's dimensions do not declare");
      }
    }
    try {
      generator.writeStartObject();
      generator.writeStringField("respondentId", response.respondentId());
      if (!response.attributes().values().isEmpty()) {
        generator.writeObjectFieldStart("attributes");
        for (Map.Entry<Dimension, String> e : response.attributes().values().entrySet()) {
          generator.writeStringField(e.getKey().name(), e.getValue());
        }
        generator.writeEndObject();
      }
      generator.writeObjectFieldStart("answers");
      writeAnswers(response);
      generator.writeEndObject();
      if (!response.comments().isEmpty()) {
        generator.writeObjectFieldStart("comments");
        String[] commented = response.comments().keySet().toArray(new String[0]);
        Arrays.sort(commented);
        for (String item : commented) {
          generator.writeStringField(item, response.comments().get(item));
        }
        generator.writeEndObject();
      }
      generator.writeEndObject();
      written++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the answers sorted by item id. They are read through {@link
   * Response#forEachAnswer(ObjIntConsumer)}, so no answer map is built; answers already in order
   * (as every response read from a document is) are written as they come.
   */
  private void writeAnswers(Response response) throws IOException {
    answerCount = 0;
    response.forEachAnswer(collector);
    String[] ids = answerIds;
    boolean sorted = true;
    for (int i = 1; i < answerCount && sorted; i++) {
      sorted = ids[i - 1].compareTo(ids[i]) < 0;
    }
    if (sorted) {
      for (int i = 0; i < answerCount; i++) {
        generator.writeNumberField(ids[i], answerPoints[i]);
      }
      return;
    }
    String[] items = Arrays.copyOf(ids, answerCount);
    Arrays.sort(items);
    for (String item : items) {
      generator.writeNumberField(item, response.answer(item).orElseThrow());
    }
  }

  private void collect(String id, int point) {
    if (answerCount == answerIds.length) {
      answerIds = Arrays.copyOf(answerIds, answerCount * 2);
      answerPoints = Arrays.copyOf(answerPoints, answerCount * 2);
    }
    answerIds[answerCount] = id;
    answerPoints[answerCount] = point;
    answerCount++;
  }

  /** The number of responses written so far. */
  public int written() {
    return written;
  }

  /**
   * Ends the document and flushes; the caller's stream stays open. Closing twice does nothing.
   *
   * @throws UncheckedIOException if the stream fails
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      generator.writeEndArray();
      generator.writeEndObject();
      if (ownsGenerator) {
        generator.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

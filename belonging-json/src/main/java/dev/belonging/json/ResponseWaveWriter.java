package dev.belonging.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.belonging.instrument.Response;
import dev.belonging.instrument.ResponseWave;
import dev.belonging.workforce.Dimension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;

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
      String[] items = response.answers().keySet().toArray(new String[0]);
      Arrays.sort(items);
      for (String item : items) {
        generator.writeNumberField(item, response.answers().get(item));
      }
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

package dev.belonging.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Counts the elements of every array and the members of every object while they are read, so a
 * hostile document cannot make a data-bound reader allocate millions of values before any check
 * runs. The arrays of records of the document type (by default the top-level array named by
 * {@link DocumentType#recordField()}) may hold up to {@code maxRecords} elements, every other
 * array and object up to {@code maxEntries}.
 */
final class LimitingParser extends JsonParserDelegate {
  private final int maxEntries;
  private final long maxRecords;
  private final DocumentType<?, ?> type;
  private final String version;

  LimitingParser(JsonParser parser, Limits limits, DocumentType<?, ?> type, String version) {
    super(parser);
    this.maxEntries = limits.maxEntries();
    this.maxRecords = limits.maxRecords();
    this.type = type;
    this.version = version;
  }

  @Override
  public @Nullable JsonToken nextToken() throws IOException {
    JsonToken token = delegate.nextToken();
    if (token != null && token != JsonToken.END_ARRAY && token != JsonToken.END_OBJECT) {
      check(token);
    }
    return token;
  }

  @Override
  public @Nullable JsonToken nextValue() throws IOException {
    JsonToken token = nextToken();
    return token == JsonToken.FIELD_NAME ? nextToken() : token;
  }

  private void check(JsonToken token) {
    JsonStreamContext context = delegate.getParsingContext();
    if (token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT) {
      context = context.getParent();
    }
    boolean counted = context.inArray() || (context.inObject() && token == JsonToken.FIELD_NAME);
    if (!counted) {
      return;
    }
    int count = context.getEntryCount();
    boolean records = context.inArray() && type.isRecords(context);
    long limit = records ? maxRecords : maxEntries;
    if (count > limit) {
      String pointer = Pointers.of(delegate);
      throw new WireFormatException(pointer, records
          ? "has more than " + limit + " records (limit maxRecords)"
          : "is entry " + count + " of an array or object of at most " + limit
              + " entries (limit maxEntries)", version, null);
    }
  }
}

package dev.belonging.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/** JSON Pointer (RFC 6901) helpers. */
final class Pointers {
  private Pointers() {}

  /** {@code base} extended by one member name, escaped as RFC 6901 requires. */
  static String child(String base, String name) {
    return base + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  /** {@code base} extended by one array index. */
  static String child(String base, int index) {
    return base + "/" + index;
  }

  /** The pointer of the value a parser is at (or of the member whose name it is at). */
  static String of(JsonParser parser) {
    JsonStreamContext context = parser.getParsingContext();
    return context == null ? "" : context.pathAsPointer().toString();
  }

  /** The pointer a databind exception's path names. */
  static String of(JsonMappingException e) {
    String pointer = "";
    List<JsonMappingException.Reference> path = e.getPath();
    for (JsonMappingException.Reference reference : path) {
      String name = reference.getFieldName();
      pointer = name != null ? child(pointer, name)
          : reference.getIndex() >= 0 ? child(pointer, reference.getIndex()) : pointer;
    }
    return pointer;
  }

  /**
   * Text quoted from a document in a message: only short, identifier-like text (ids and field
   * names), so that no free text from the input ever reaches a message.
   */
  static String quote(String text) {
    return text.length() <= 64 && text.matches("[A-Za-z0-9_.\\-]+") ? "'" + text + "'"
        : "(" + text.length() + " characters)";
  }
}

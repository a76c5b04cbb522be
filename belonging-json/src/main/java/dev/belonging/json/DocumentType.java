package dev.belonging.json;

import com.fasterxml.jackson.core.JsonStreamContext;

/**
 * One document type of the wire format: its format name, its DTO and the mapping both ways.
 * Adding a document type is writing one of these (plus its DTOs, schema and golden file).
 *
 * @param <D> the DTO of the document
 * @param <T> the domain value
 */
interface DocumentType<D, T> {
  /** The format name, such as {@code belonging.instrument}. */
  String format();

  /** The DTO class, bound by Jackson. */
  Class<D> dtoClass();

  /** The DTO of a document whose object has nothing but the envelope. */
  D emptyDto();

  /** The member of the root object that holds the records (limited by maxRecords), or "". */
  default String recordField() {
    return "";
  }

  /**
   * Whether an array holds records (limited by maxRecords rather than maxEntries); by default the
   * top-level member named {@link #recordField()}.
   *
   * @param array the parsing context of the array
   */
  default boolean isRecords(JsonStreamContext array) {
    return isMemberOfRoot(array, recordField());
  }

  /** Whether an array is the value of the top-level member {@code name}. */
  static boolean isMemberOfRoot(JsonStreamContext array, String name) {
    JsonStreamContext holder = array.getParent();
    return holder != null && holder.inObject() && holder.getParent() != null
        && holder.getParent().inRoot() && name.equals(holder.getCurrentName());
  }

  /** The domain value of a DTO, built through the domain's factories and builders. */
  T toDomain(D dto, Mapping mapping);

  /** The DTO of a domain value, envelope included. */
  D toDto(T value);
}

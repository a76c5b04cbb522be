package dev.belonging.csv;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.Item;
import dev.belonging.workforce.Dimension;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which columns of a survey export mean what: the respondent id (optional), attribute columns
 * (header to {@link Dimension}), item columns (header to item id) and comment columns (header to
 * the id of the item the comment belongs to). Columns the mapping does not name are ignored.
 *
 * <p>Keys are column headers as the {@link CsvLayout} defines them (the question title in a
 * Google Forms export; the field name, import id or question text in a Qualtrics export); they
 * are compared with the file's headers after trimming surrounding white space on both sides.
 *
 * <p>How cells are read:
 * <ul>
 *   <li>respondent id: trimmed; blank breaks {@link CsvProblem#MISSING_RESPONDENT_ID}. Without an
 *       id column every row gets the pseudonymous id {@code row-<n>}, {@code n} being its row
 *       number;
 *   <li>attribute: trimmed; blank means the respondent has no value for that dimension;
 *   <li>item: trimmed; blank means not answered; otherwise a label of the item's scale (compared
 *       ignoring case) or else a whole number on the scale;
 *   <li>comment: taken as written; blank means no comment.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@CsvStyle
public abstract class ColumnMapping {
  ColumnMapping() {}

  /** The header of the respondent id column; empty to generate {@code row-<n>} ids. */
  public abstract Optional<String> respondentIdColumn();

  /** Attribute columns: header to dimension. */
  public abstract ImmutableMap<String, Dimension> attributeColumns();

  /** Item columns: header to the id of a closed item. */
  public abstract ImmutableMap<String, String> itemColumns();

  /** Comment columns: header to the id of the item the comment answers. */
  public abstract ImmutableMap<String, String> commentColumns();

  /** Every header the mapping names, id column first, then attributes, items and comments. */
  public final ImmutableSet<String> columns() {
    ImmutableSet.Builder<String> b = ImmutableSet.builder();
    respondentIdColumn().ifPresent(b::add);
    return b.addAll(attributeColumns().keySet()).addAll(itemColumns().keySet())
        .addAll(commentColumns().keySet()).build();
  }

  /** A builder; at least one item or comment column is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ColumnMapping}; not thread-safe. */
  public static final class Builder extends ImmutableColumnMapping.Builder {
    Builder() {}

    /**
     * Maps every item of an instrument by its wording, as Google Forms and Qualtrics (row 2)
     * headers show it: closed items as item columns, open-text items as comment columns.
     *
     * @param instrument the instrument whose item texts head the columns
     * @return this builder
     */
    public final Builder putItemsByText(Instrument instrument) {
      for (Item item : instrument.items()) {
        if (item.scale().isPresent()) {
          putItemColumn(item.text(), item.id());
        } else {
          putCommentColumn(item.text(), item.id());
        }
      }
      return this;
    }
  }

  @Value.Check
  void check() {
    if (itemColumns().isEmpty() && commentColumns().isEmpty()) {
      throw new IllegalArgumentException(
          "column mapping must name at least 1 item or comment column");
    }
    Map<String, String> roles = new HashMap<>();
    respondentIdColumn().ifPresent(h -> claim(roles, h, "respondent id"));
    attributeColumns().keySet().forEach(h -> claim(roles, h, "attribute"));
    itemColumns().keySet().forEach(h -> claim(roles, h, "item"));
    commentColumns().keySet().forEach(h -> claim(roles, h, "comment"));
    unique("dimension", attributeColumns().values().stream().map(Dimension::name)
        .collect(ImmutableMap.toImmutableMap(n -> n, n -> 1, Integer::sum)));
    unique("item", itemColumns().values().stream()
        .collect(ImmutableMap.toImmutableMap(n -> n, n -> 1, Integer::sum)));
    unique("comment item", commentColumns().values().stream()
        .collect(ImmutableMap.toImmutableMap(n -> n, n -> 1, Integer::sum)));
  }

  private static void claim(Map<String, String> roles, String header, String role) {
    if (header.isBlank()) {
      throw new IllegalArgumentException(role + " column header must not be blank");
    }
    String previous = roles.putIfAbsent(header.strip(), role);
    if (previous != null) {
      throw new IllegalArgumentException("column '" + header.strip()
          + "' must have one role, but is both " + previous + " and " + role);
    }
  }

  private static void unique(String what, ImmutableMap<String, Integer> uses) {
    uses.forEach((name, count) -> {
      if (count > 1) {
        throw new IllegalArgumentException(
            what + " '" + name + "' must be mapped from 1 column, but was mapped from " + count);
      }
    });
  }

  @Override
  public String toString() {
    return "ColumnMapping[id=" + respondentIdColumn().orElse("(generated)") + ", attributes="
        + attributeColumns().size() + ", items=" + itemColumns().size() + ", comments="
        + commentColumns().size() + "]";
  }
}

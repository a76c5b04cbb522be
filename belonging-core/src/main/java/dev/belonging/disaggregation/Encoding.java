package dev.belonging.disaggregation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.belonging.instrument.Construct;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.Item;
import dev.belonging.instrument.Response;
import dev.belonging.instrument.ResponseScale;
import dev.belonging.internal.aggregate.Layout;
import dev.belonging.workforce.Dimension;
import dev.belonging.workforce.TeamHierarchy;
import dev.belonging.workforce.TenureBands;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * How an instrument's closed items, its constructs and the breakdowns' dimensions map to dense
 * indices and codes. Immutable; {@link Dictionaries} hold the value dictionaries, fixed for the
 * team dimension (from the hierarchy) and the tenure dimension (from the bands), learned or
 * declared for the others.
 */
final class Encoding {
  final Instrument instrument;
  final ImmutableList<Breakdown> breakdowns;
  final Optional<TeamHierarchy> hierarchy;
  final Optional<TenureBands> tenureBands;
  final ImmutableList<Item> items;
  final ImmutableMap<String, Integer> itemIndex;
  final ImmutableList<Construct> constructs;
  final int[][] constructItems;
  final ImmutableList<Dimension> dimensions;
  final int[][] breakdownDimensions;
  final int[] itemPoints;

  Encoding(Instrument instrument, ImmutableList<Breakdown> breakdowns,
      Optional<TeamHierarchy> hierarchy, Optional<TenureBands> tenureBands) {
    this.instrument = instrument;
    this.breakdowns = breakdowns;
    this.hierarchy = hierarchy;
    this.tenureBands = tenureBands;
    ImmutableList.Builder<Item> closed = ImmutableList.builder();
    for (Item item : instrument.items()) {
      if (item.scale().isPresent()) {
        closed.add(item);
      }
    }
    this.items = closed.build();
    if (items.isEmpty()) {
      throw new IllegalArgumentException(
          "instrument '" + instrument.id() + "' must have at least 1 closed item to aggregate");
    }
    for (Item item : items) {
      if (item.scale().orElseThrow().size() > 126) {
        throw new IllegalArgumentException(
            "scale of item '" + item.id() + "' must have at most 126 points");
      }
    }
    ImmutableMap.Builder<String, Integer> index = ImmutableMap.builder();
    itemPoints = new int[items.size()];
    for (int i = 0; i < items.size(); i++) {
      index.put(items.get(i).id(), i);
      itemPoints[i] = items.get(i).scale().orElseThrow().size();
    }
    this.itemIndex = index.build();
    List<Construct> cs = new ArrayList<>();
    List<int[]> ci = new ArrayList<>();
    for (Construct construct : instrument.constructs()) {
      List<Integer> members = new ArrayList<>();
      ResponseScale first = null;
      for (int i = 0; i < items.size(); i++) {
        Item item = items.get(i);
        if (item.construct().equals(Optional.of(construct))) {
          ResponseScale scale = item.scale().orElseThrow();
          if (first == null) {
            first = scale;
          } else if (first.min() != scale.min() || first.max() != scale.max()) {
            throw new IllegalArgumentException("items of construct '" + construct.id()
                + "' must share one scale range to be scored, but item '" + item.id()
                + "' differs");
          }
          members.add(i);
        }
      }
      if (!members.isEmpty()) {
        cs.add(construct);
        ci.add(members.stream().mapToInt(Integer::intValue).toArray());
      }
    }
    this.constructs = ImmutableList.copyOf(cs);
    this.constructItems = ci.toArray(new int[0][]);
    TreeSet<Dimension> dims = new TreeSet<>();
    breakdowns.forEach(b -> dims.addAll(b.dimensions()));
    this.dimensions = ImmutableList.copyOf(dims);
    this.breakdownDimensions = new int[breakdowns.size()][];
    for (int b = 0; b < breakdowns.size(); b++) {
      breakdownDimensions[b] = breakdowns.get(b).dimensions().stream()
          .mapToInt(dimensions::indexOf).toArray();
    }
  }

  /** Scale of a closed item by index. */
  ResponseScale scale(int item) {
    return items.get(item).scale().orElseThrow();
  }

  /** Scale of a construct's items. */
  ResponseScale constructScale(int c) {
    return scale(constructItems[c][0]);
  }

  boolean isTeam(int d) {
    return dimensions.get(d).equals(Dimension.TEAM) && hierarchy.isPresent();
  }

  boolean isTenure(int d) {
    return dimensions.get(d).equals(Dimension.TENURE) && tenureBands.isPresent();
  }

  /** Whether the dictionary of dimension {@code d} is fixed by configuration. */
  boolean fixedDictionary(int d) {
    return isTeam(d) || isTenure(d);
  }

  Dictionaries newDictionaries() {
    Dictionaries dictionaries = new Dictionaries();
    for (int d = 0; d < dimensions.size(); d++) {
      if (isTeam(d)) {
        // The root is the whole organisation, already cell 0: teams below it only.
        TeamHierarchy h = hierarchy.orElseThrow();
        h.teams().stream().filter(t -> !t.equals(h.root()))
            .forEach(dictionaries.values.get(d)::add);
      } else if (isTenure(d)) {
        dictionaries.values.get(d).addAll(tenureBands.orElseThrow().labels());
      }
      dictionaries.reindex(d);
    }
    return dictionaries;
  }

  Layout layout(Dictionaries dictionaries) {
    int dims = dimensions.size();
    int[] cardinality = new int[dims];
    int[][][] rollup = new int[dims][][];
    for (int d = 0; d < dims; d++) {
      List<String> values = dictionaries.values.get(d);
      cardinality[d] = values.size();
      rollup[d] = new int[values.size()][];
      for (int code = 0; code < values.size(); code++) {
        if (isTeam(d)) {
          TeamHierarchy h = hierarchy.orElseThrow();
          Map<String, Integer> codes = dictionaries.codes.get(d);
          rollup[d][code] = h.ancestors(values.get(code)).stream()
              .filter(t -> !t.equals(h.root()))
              .mapToInt(t -> Objects.requireNonNull(codes.get(t))).toArray();
        } else {
          rollup[d][code] = new int[] {code};
        }
      }
    }
    return new Layout(itemPoints, constructItems, cardinality, rollup, breakdownDimensions);
  }

  /**
   * Encodes one response's answers into {@code points} at {@code offset} (0 = not answered, else
   * keyed point minus scale minimum plus one).
   */
  void encodeAnswers(Response response, byte[] points, int offset) {
    response.forEachAnswer((itemId, point) -> {
      Integer i = itemIndex.get(itemId);
      if (i == null) {
        throw new IllegalArgumentException("a response answers item '" + itemId
            + "', which is not a closed item of instrument '" + instrument.id() + "'");
      }
      points[offset + i] = encodePoint(i, point);
    });
  }

  byte encodePoint(int i, int point) {
    ResponseScale scale = scale(i);
    if (!scale.contains(point)) {
      throw new IllegalArgumentException(
          "an answer to item '" + items.get(i).id() + "' is off the item's scale");
    }
    int keyed = items.get(i).keyed(point);
    return (byte) (keyed - scale.min() + 1);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Encoding)) {
      return false;
    }
    Encoding that = (Encoding) other;
    return instrument.equals(that.instrument) && breakdowns.equals(that.breakdowns)
        && hierarchy.equals(that.hierarchy) && tenureBands.equals(that.tenureBands);
  }

  @Override
  public int hashCode() {
    return Objects.hash(instrument, breakdowns, hierarchy, tenureBands);
  }

  @Override
  public String toString() {
    return "Encoding[items=" + items.size() + ", dimensions=" + dimensions + "]";
  }

  /** Value dictionaries, one per dimension; codes are positions. Not thread-safe. */
  final class Dictionaries {
    final List<List<String>> values = new ArrayList<>();
    final List<Map<String, Integer>> codes = new ArrayList<>();

    Dictionaries() {
      for (int d = 0; d < dimensions.size(); d++) {
        values.add(new ArrayList<>());
        codes.add(new HashMap<>());
      }
    }

    void reindex(int d) {
      Map<String, Integer> map = codes.get(d);
      map.clear();
      List<String> list = values.get(d);
      for (int i = 0; i < list.size(); i++) {
        map.put(list.get(i), i);
      }
    }

    /**
     * Adds the values of the batch that are new, in sorted order.
     *
     * @return whether a dictionary grew
     * @throws IllegalArgumentException if a value of a fixed dictionary is unknown
     */
    boolean learn(List<Response> batch) {
      boolean grew = false;
      for (int d = 0; d < dimensions.size(); d++) {
        Dimension dimension = dimensions.get(d);
        Map<String, Integer> map = codes.get(d);
        TreeSet<String> fresh = new TreeSet<>();
        for (Response response : batch) {
          Optional<String> value = response.attributes().get(dimension);
          if (value.isPresent() && !map.containsKey(value.get())) {
            fresh.add(value.get());
          }
        }
        if (!fresh.isEmpty()) {
          if (fixedDictionary(d)) {
            throw new IllegalArgumentException(fresh.size() + " value(s) of dimension '"
                + dimension.name() + "' in the responses are not in the configured "
                + (isTeam(d) ? "team hierarchy" : "tenure bands"));
          }
          values.get(d).addAll(fresh);
          reindex(d);
          grew = true;
        }
      }
      return grew;
    }

    int code(int d, String value) {
      Integer code = codes.get(d).get(value);
      if (code == null) {
        throw new IllegalArgumentException("a value of dimension '" + dimensions.get(d).name()
            + "' is not in its dictionary");
      }
      return code;
    }

    void encodeCodes(Response response, int[] target, int offset) {
      for (int d = 0; d < dimensions.size(); d++) {
        Optional<String> value = response.attributes().get(dimensions.get(d));
        target[offset + d] = value.isPresent() ? code(d, value.get()) : -1;
      }
    }

    ImmutableList<ImmutableList<String>> snapshot() {
      return values.stream().map(ImmutableList::copyOf)
          .collect(ImmutableList.toImmutableList());
    }

    Dictionaries copyOf(List<? extends List<String>> from) {
      for (int d = 0; d < dimensions.size(); d++) {
        values.get(d).clear();
        values.get(d).addAll(from.get(d));
        reindex(d);
      }
      return this;
    }
  }
}

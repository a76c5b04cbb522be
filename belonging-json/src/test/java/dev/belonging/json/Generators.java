package dev.belonging.json;

import dev.belonging.instrument.Construct;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.InstrumentKind;
import dev.belonging.instrument.Item;
import dev.belonging.instrument.ItemKind;
import dev.belonging.instrument.Response;
import dev.belonging.instrument.ResponseScale;
import dev.belonging.instrument.ResponseWave;
import dev.belonging.instrument.SemanticVersion;
import dev.belonging.workforce.Attributes;
import dev.belonging.workforce.Dimension;
import dev.belonging.workforce.Roster;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Small jqwik generators of valid domain values for the wire-format properties (the testkit's
 * generators are built concurrently; these cover every field of the format).
 */
final class Generators {
  private Generators() {}

  /** Dimensions with one meaning per name, as the wire format requires. */
  static final List<Dimension> DIMENSIONS = List.of(Dimension.TEAM, Dimension.TENURE,
      Dimension.ROLE, Dimension.WORK_ARRANGEMENT, Dimension.sensitive("gender"),
      Dimension.sensitive("age_band"));

  /** Any text without unpaired surrogates, including quotes, escapes and control characters. */
  static Arbitrary<String> text(int maxLength) {
    return Arbitraries.strings().withCharRange('\u0000', '\uD7FF').withCharRange('\uE000', '\uFFFD')
        .withChars('"', '\\', '/', '\n')
        .ofMinLength(1).ofMaxLength(maxLength).filter(s -> !s.isBlank());
  }

  static Arbitrary<String> id() {
    return Combinators.combine(Arbitraries.chars().range('a', 'z'),
            Arbitraries.strings().withCharRange('a', 'z').withChars("0123456789_.-").ofMaxLength(12))
        .as((first, rest) -> first + rest);
  }

  static Arbitrary<Construct> construct() {
    return Combinators.combine(
            Arbitraries.strings().withCharRange('a', 'z').withChars('_').ofMinLength(1)
                .ofMaxLength(10).filter(s -> s.charAt(0) != '_'),
            text(20))
        .as(Construct::of);
  }

  static Arbitrary<ResponseScale> scale() {
    return Combinators.combine(Arbitraries.integers().between(-3, 3),
            Arbitraries.integers().between(2, 8), Arbitraries.longs())
        .flatAs((min, size, seed) -> text(15).list().ofSize(size).map(labels -> {
          java.util.Random random = new java.util.Random(seed);
          ResponseScale.Builder builder = ResponseScale.builder().min(min).max(min + size - 1)
              .addAllLabels(labels);
          for (int p = min; p < min + size; p++) {
            int choice = random.nextInt(3);
            if (choice == 0) {
              builder.addFavorable(p);
            } else if (choice == 1) {
              builder.addUnfavorable(p);
            }
          }
          return builder.build();
        }));
  }

  static Arbitrary<Item> item(String id) {
    Arbitrary<ItemKind> kinds = Arbitraries.of(ItemKind.class);
    return Combinators.combine(kinds, text(60), construct().optional(), scale(),
            Arbitraries.of(true, false))
        .as((kind, text, construct, scale, reverse) -> {
          Item.Builder builder = Item.builder().id(id).text(text).kind(kind);
          construct.ifPresent(builder::construct);
          if (kind == ItemKind.RATING_0_10) {
            builder.scale(ResponseScale.rating0To10()).reverseKeyed(reverse);
          } else if (kind != ItemKind.OPEN_TEXT) {
            builder.scale(scale).reverseKeyed(reverse);
          }
          return builder.build();
        });
  }

  static Arbitrary<Instrument> instrument() {
    Arbitrary<List<String>> ids = id().set().ofMinSize(1).ofMaxSize(8).map(ArrayList::new);
    return ids.flatMap(all -> {
      int asked = Math.max(1, all.size() - 2);
      List<String> itemIds = all.subList(0, asked);
      List<String> retired = all.subList(asked, all.size());
      Arbitrary<List<Item>> items = Combinators.combine(
          itemIds.stream().map(Generators::item).collect(java.util.stream.Collectors.toList()))
          .as(list -> list);
      return Combinators.combine(id(), Arbitraries.integers().between(0, 20).list().ofSize(3),
              text(40), Arbitraries.of("en", "en-GB", "de", "fr-CA", "zh-Hant-TW").optional(),
              Arbitraries.of(InstrumentKind.class).optional(), items,
              construct().list().ofMaxSize(3))
          .as((id, v, title, language, kind, itemList, declared) -> {
            Instrument.Builder builder = Instrument.builder().id(id)
                .version(SemanticVersion.of(v.get(0), v.get(1), v.get(2))).title(title)
                .addAllItems(itemList).addAllDeclaredConstructs(declared)
                .addAllRetiredItemIds(retired);
            language.ifPresent(builder::language);
            kind.ifPresent(builder::kind);
            return builder.build();
          });
    });
  }

  static Arbitrary<Attributes> attributes() {
    return Arbitraries.subsetOf(DIMENSIONS).flatMap(dimensions -> {
      List<Dimension> list = new ArrayList<>(dimensions);
      return text(20).list().ofSize(list.size()).map(values -> {
        Map<Dimension, String> map = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
          map.put(list.get(i), values.get(i));
        }
        return Attributes.of(map);
      });
    });
  }

  static Arbitrary<Roster> roster() {
    return attributes().list().ofMaxSize(20).map(Roster::of);
  }

  static Arbitrary<Response> response() {
    return Combinators.combine(text(20), attributes(),
            Arbitraries.maps(id(), Arbitraries.integers()).ofMaxSize(8),
            Arbitraries.maps(id(), text(80)).ofMaxSize(3))
        .as((respondent, attributes, answers, comments) -> Response.builder()
            .respondentId(respondent).attributes(attributes).putAllAnswers(answers)
            .putAllComments(comments).build());
  }

  static Arbitrary<ResponseWave> wave() {
    return Combinators.combine(id(), Arbitraries.integers().between(0, 9).list().ofSize(3),
            text(20), text(30).optional(), Arbitraries.integers().greaterOrEqual(0).optional(),
            response().list().ofMaxSize(12))
        .as((instrumentId, v, waveId, label, ordinal, responses) -> {
          ResponseWave.Builder builder = ResponseWave.builder().instrumentId(instrumentId)
              .instrumentVersion(SemanticVersion.of(v.get(0), v.get(1), v.get(2)))
              .waveId(waveId).addAllResponses(responses);
          label.ifPresent(builder::label);
          ordinal.ifPresent(builder::ordinal);
          return builder.build();
        });
  }

  static Set<Dimension> used(ResponseWave wave) {
    Set<Dimension> used = new LinkedHashSet<>();
    wave.responses().forEach(r -> used.addAll(r.attributes().values().keySet()));
    return used;
  }
}

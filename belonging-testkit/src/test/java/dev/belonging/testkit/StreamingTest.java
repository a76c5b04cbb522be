package dev.belonging.testkit;

import static com.google.common.truth.Truth.assertThat;

import dev.belonging.fairness.OutcomeRecord;
import dev.belonging.fairness.RecognitionRecord;
import dev.belonging.instrument.Construct;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.Item;
import dev.belonging.instrument.Response;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A million respondents are generated without being held: the generators are lazy (structurally:
 * taking a few results pulls only a few people through), and a million responses stream in a
 * heap far too small to hold them.
 */
class StreamingTest {
  private static final int MILLION = 1_000_000;
  private static final Instrument PULSE = Instrument.builder()
      .id("streaming-pulse").version("1.0.0").title("Streaming pulse")
      .addItems(Item.agreement("belonging.myself", Construct.BELONGING,
          "I can be myself at work without worrying how it lands."))
      .build();

  private static Stream<Person> million(AtomicInteger pulled) {
    return WorkforceGenerator.of(OrganisationProfile.LARGE_ORGANISATION).withHeadcount(MILLION)
        .people(1).peek(p -> pulled.incrementAndGet());
  }

  /**
   * The first three responses of a million-person stream pull only the people up to the third
   * respondent: the simulator consumes its input one person at a time.
   */
  @Test
  void responses_firstFew_pullOnlyTheirPeople() {
    AtomicInteger pulled = new AtomicInteger();
    Iterator<Response> responses =
        ResponseSimulator.of(TestInstruments.SMALL).responses(million(pulled), 0, 1).iterator();
    for (int i = 0; i < 3; i++) {
      responses.next();
    }
    // The same people, generated eagerly, show where the third respondent sits.
    List<Response> first = ResponseSimulator.of(TestInstruments.SMALL)
        .responses(WorkforceGenerator.of(OrganisationProfile.LARGE_ORGANISATION)
            .withHeadcount(MILLION).people(1).limit(50), 0, 1)
        .limit(3).collect(java.util.stream.Collectors.toList());
    int third = Integer.parseInt(first.get(2).respondentId().substring(1));
    assertThat(pulled.get()).isEqualTo(third + 1);
  }

  /** Outcome records are one per person, pulled on demand. */
  @Test
  void outcomeRecords_firstFew_pullOnlyTheirPeople() {
    AtomicInteger pulled = new AtomicInteger();
    Iterator<OutcomeRecord> selections =
        SelectionSimulator.withDefaults().records(million(pulled), 1).iterator();
    selections.next();
    selections.next();
    assertThat(pulled.get()).isEqualTo(2);
    AtomicInteger again = new AtomicInteger();
    Iterator<RecognitionRecord> recognition =
        RecognitionSimulator.withDefaults().records(million(again), 1).iterator();
    recognition.next();
    assertThat(again.get()).isEqualTo(1);
  }

  /**
   * A million invited people answer a one-item pulse and the responses are counted as they
   * stream, under the 96 MB heap the POM gives the testkit's tests (a million responses with
   * their attributes and answer maps would need several hundred megabytes): nothing holds them.
   */
  @Test
  void responses_millionInvited_streamInBoundedMemory() {
    assertThat(Runtime.getRuntime().maxMemory()).isAtMost(128L * 1024 * 1024);
    AtomicInteger pulled = new AtomicInteger();
    long[] histogram = new long[6];
    int[] respondents = {0};
    // forEach, not count(): count() may skip elements of a sized stream.
    ResponseSimulator.of(PULSE).responses(million(pulled), 0, 1).forEach(r -> {
      respondents[0]++;
      Integer point = r.answers().get("belonging.myself");
      histogram[point == null ? 0 : point]++;
    });
    assertThat(pulled.get()).isEqualTo(MILLION);
    assertThat(respondents[0] / (double) MILLION)
        .isWithin(Statistics.binomialTolerance(0.8, MILLION)).of(0.8);
    // Missing answers are completely at random at the default rate 0.02.
    assertThat(histogram[0] / (double) respondents[0])
        .isWithin(Statistics.binomialTolerance(0.02, respondents[0])).of(0.02);
  }
}

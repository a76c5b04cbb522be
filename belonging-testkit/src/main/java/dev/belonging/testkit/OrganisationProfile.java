package dev.belonging.testkit;

/**
 * The shape of a synthetic organisation: its size range, the depth of its team hierarchy, and the
 * distributions its people's attributes are drawn from (work arrangements, roles, locations, tenure).
 *
 * <p>The distributions are plausible rather than measured: they follow the organisation shapes
 * practitioners describe (small teams are office-centred and flat, remote-first companies spread
 * over time zones, frontline staff work shifts on sites), skewed the way real workforces are
 * (most people in junior roles, tenure skewed towards recent joiners, uneven team sizes).
 *
 * <table>
 * <caption>Profiles</caption>
 * <tr><th>profile</th><th>headcount</th><th>hierarchy depth</th><th>mainly</th></tr>
 * <tr><td>{@link #SMALL_TEAM}</td><td>1-19</td><td>2</td><td>office, hybrid</td></tr>
 * <tr><td>{@link #SCALE_UP}</td><td>50-500</td><td>3</td><td>hybrid</td></tr>
 * <tr><td>{@link #LARGE_ORGANISATION}</td><td>500-1,000,000</td><td>4-6</td><td>office, hybrid,
 *     some remote and frontline</td></tr>
 * <tr><td>{@link #REMOTE_FIRST}</td><td>5-1,000,000</td><td>3</td><td>remote, eight time zones
 *     </td></tr>
 * <tr><td>{@link #FRONTLINE}</td><td>5-1,000,000</td><td>3 (sites, shift teams)</td><td>frontline
 *     shifts</td></tr>
 * </table>
 *
 * <p>Profiles are constants: immutable and thread-safe.
 */
public enum OrganisationProfile {
  /** Under 20 people, one to three teams, mostly in one office. */
  SMALL_TEAM(1, 19, 12, 2, 2, 6, 30,
      Categorical.of("OFFICE", 0.50, "HYBRID", 0.35, "REMOTE", 0.15),
      Categorical.of("individual_contributor", 0.80, "lead", 0.12, "manager", 0.08),
      Categorical.of("Europe/London", 1.0),
      Categorical.of("Europe/London", 0.6, "Europe/Dublin", 0.2, "Europe/Lisbon", 0.2)),
  /** 50 to 500 people in departments and teams; mostly hybrid. */
  SCALE_UP(50, 500, 200, 3, 3, 8, 16,
      Categorical.of("HYBRID", 0.50, "OFFICE", 0.30, "REMOTE", 0.20),
      Categorical.of("individual_contributor", 0.70, "senior", 0.17, "manager", 0.10,
          "director", 0.03),
      Categorical.of("Europe/Berlin", 0.7, "Europe/London", 0.3),
      Categorical.of("Europe/Berlin", 0.4, "Europe/London", 0.2, "Europe/Lisbon", 0.2,
          "America/New_York", 0.2)),
  /** 500 to 1,000,000 people in a 4- to 6-level hierarchy, several offices and some frontline. */
  LARGE_ORGANISATION(500, 1_000_000, 5_000, 4, 6, 10, 60,
      Categorical.of("OFFICE", 0.40, "HYBRID", 0.38, "REMOTE", 0.10, "FRONTLINE_SHIFT", 0.12),
      Categorical.of("individual_contributor", 0.65, "senior", 0.18, "manager", 0.12,
          "director", 0.04, "executive", 0.01),
      Categorical.of("America/New_York", 0.35, "Europe/London", 0.25, "Europe/Berlin", 0.2,
          "Asia/Singapore", 0.12, "Australia/Sydney", 0.08),
      Categorical.of("America/Los_Angeles", 0.15, "America/New_York", 0.25,
          "Europe/London", 0.2, "Europe/Berlin", 0.15, "Asia/Kolkata", 0.15,
          "Asia/Singapore", 0.05, "Australia/Sydney", 0.05)),
  /** Almost everyone remote, spread over eight time zones on four continents. */
  REMOTE_FIRST(5, 1_000_000, 120, 3, 3, 7, 24,
      Categorical.of("REMOTE", 0.85, "HYBRID", 0.10, "OFFICE", 0.05),
      Categorical.of("individual_contributor", 0.70, "senior", 0.17, "manager", 0.10,
          "director", 0.03),
      Categorical.of("America/New_York", 1.0),
      Categorical.of("America/Los_Angeles", 0.20, "America/New_York", 0.25,
          "America/Sao_Paulo", 0.08, "Europe/London", 0.15, "Europe/Berlin", 0.15,
          "Africa/Lagos", 0.05, "Asia/Kolkata", 0.07, "Australia/Sydney", 0.05)),
  /** Mostly frontline staff on early, late and night shifts at sites, with a small office. */
  FRONTLINE(5, 1_000_000, 400, 3, 3, 15, 14,
      Categorical.of("FRONTLINE_SHIFT", 0.80, "OFFICE", 0.15, "HYBRID", 0.05),
      Categorical.of("associate", 0.82, "shift_lead", 0.12, "site_manager", 0.05,
          "director", 0.01),
      Categorical.of("Europe/London", 0.5, "Europe/Dublin", 0.2, "Europe/Madrid", 0.3),
      Categorical.of("Europe/London", 1.0));

  private final int minHeadcount;
  private final int maxHeadcount;
  private final int defaultHeadcount;
  private final int minDepth;
  private final int maxDepth;
  private final int meanTeamSize;
  private final int meanTenureMonths;
  private final Categorical arrangements;
  private final Categorical roles;
  private final Categorical offices;
  private final Categorical remoteZones;

  OrganisationProfile(int minHeadcount, int maxHeadcount, int defaultHeadcount, int minDepth,
      int maxDepth, int meanTeamSize, int meanTenureMonths, Categorical arrangements,
      Categorical roles, Categorical offices, Categorical remoteZones) {
    this.minHeadcount = minHeadcount;
    this.maxHeadcount = maxHeadcount;
    this.defaultHeadcount = defaultHeadcount;
    this.minDepth = minDepth;
    this.maxDepth = maxDepth;
    this.meanTeamSize = meanTeamSize;
    this.meanTenureMonths = meanTenureMonths;
    this.arrangements = arrangements;
    this.roles = roles;
    this.offices = offices;
    this.remoteZones = remoteZones;
  }

  /** The smallest headcount of this profile, inclusive. */
  public int minHeadcount() {
    return minHeadcount;
  }

  /** The largest headcount of this profile, inclusive. */
  public int maxHeadcount() {
    return maxHeadcount;
  }

  /** The headcount a generator uses unless told otherwise. */
  public int defaultHeadcount() {
    return defaultHeadcount;
  }

  /** The smallest number of hierarchy levels, root included. */
  public int minDepth() {
    return minDepth;
  }

  /** The largest number of hierarchy levels, root included. */
  public int maxDepth() {
    return maxDepth;
  }

  /** The average number of people per team at the lowest level (before the team cap). */
  public int meanTeamSize() {
    return meanTeamSize;
  }

  /**
   * The mean of the exponential distribution tenure in months is drawn from; the exponential
   * puts most people among recent joiners.
   */
  public int meanTenureMonths() {
    return meanTenureMonths;
  }

  /**
   * The share of people expected with a work arrangement.
   *
   * @param arrangement a {@link dev.belonging.workforce.WorkArrangement} name
   * @return a proportion in [0, 1]; 0 for arrangements this profile does not have
   */
  public double arrangementShare(String arrangement) {
    return arrangements.probability(arrangement);
  }

  /** Whether frontline people in this profile carry a {@link SyntheticDimensions#SHIFT}. */
  public boolean hasShifts() {
    return arrangements.probability("FRONTLINE_SHIFT") > 0;
  }

  Categorical arrangements() {
    return arrangements;
  }

  Categorical roles() {
    return roles;
  }

  Categorical offices() {
    return offices;
  }

  Categorical remoteZones() {
    return remoteZones;
  }
}

package dev.belonging.workforce;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An organisation's team hierarchy: one root (the whole organisation) and teams below it, each
 * rolling up to its parent. A respondent's {@link Dimension#TEAM} attribute names a team of this
 * hierarchy; results for a team include everyone in the teams below it.
 *
 * <p>Team ids are stable identifiers ({@code [A-Za-z0-9][A-Za-z0-9_.-]*}, at most 128 characters),
 * not names of people. Build one with {@link #builder(String)} or {@link #ofPaths(String,
 * Iterable)}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TeamHierarchy {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,127}");

  private final String root;
  /** Parent by team, insertion ordered; the root maps to itself. */
  private final ImmutableMap<String, String> parents;
  private final ImmutableMap<String, ImmutableSortedSet<String>> children;
  private final ImmutableMap<String, Integer> levels;

  private TeamHierarchy(String root, ImmutableMap<String, String> parents) {
    this.root = root;
    this.parents = parents;
    Map<String, ImmutableSortedSet.Builder<String>> kids = new LinkedHashMap<>();
    parents.keySet().forEach(team -> kids.put(team, ImmutableSortedSet.naturalOrder()));
    parents.forEach((team, parent) -> {
      if (!team.equals(parent)) {
        kids.get(parent).add(team);
      }
    });
    ImmutableMap.Builder<String, ImmutableSortedSet<String>> childrenBuilder =
        ImmutableMap.builder();
    kids.forEach((team, set) -> childrenBuilder.put(team, set.build()));
    this.children = childrenBuilder.build();
    ImmutableMap.Builder<String, Integer> levelBuilder = ImmutableMap.builder();
    for (String team : parents.keySet()) {
      levelBuilder.put(team, ancestorsOf(team).size() - 1);
    }
    this.levels = levelBuilder.build();
  }

  /**
   * A builder whose hierarchy has the given root.
   *
   * @param root the id of the whole organisation
   * @return a new builder
   * @throws IllegalArgumentException if {@code root} is not a valid team id
   */
  public static Builder builder(String root) {
    return new Builder(root);
  }

  /**
   * A hierarchy from slash-separated paths below the root, such as {@code "eng/platform"}: every
   * prefix becomes a team ({@code eng}, then {@code eng/platform} under it), so team ids are the
   * full paths.
   *
   * @param root the id of the whole organisation
   * @param paths team paths; prefixes may be listed or implied, duplicates are allowed
   * @return the hierarchy
   * @throws IllegalArgumentException if a path segment is not a valid id
   */
  public static TeamHierarchy ofPaths(String root, Iterable<String> paths) {
    Builder builder = builder(root);
    for (String path : paths) {
      String parent = root;
      StringBuilder id = new StringBuilder();
      for (String segment : path.split("/", -1)) {
        if (id.length() > 0) {
          id.append('/');
        }
        id.append(checkId("path segment", segment));
        String team = id.toString();
        if (!builder.parents.containsKey(team)) {
          builder.parents.put(team, parent);
        }
        parent = team;
      }
    }
    return builder.build();
  }

  /** The id of the whole organisation. */
  public String root() {
    return root;
  }

  /** Every team, root first, then in the order they were added. */
  public ImmutableList<String> teams() {
    return parents.keySet().asList();
  }

  /** Whether {@code team} belongs to this hierarchy. */
  public boolean contains(String team) {
    return parents.containsKey(team);
  }

  /**
   * The parent of a team.
   *
   * @param team a team of this hierarchy
   * @return its parent, or empty for the root
   * @throws IllegalArgumentException if {@code team} is unknown
   */
  public Optional<String> parent(String team) {
    String parent = parents.get(requireKnown(team));
    return team.equals(root) ? Optional.empty() : Optional.of(Objects.requireNonNull(parent));
  }

  /**
   * The direct children of a team, in natural order.
   *
   * @param team a team of this hierarchy
   * @return its children; empty for a leaf
   * @throws IllegalArgumentException if {@code team} is unknown
   */
  public ImmutableSortedSet<String> children(String team) {
    return Objects.requireNonNull(children.get(requireKnown(team)));
  }

  /**
   * The team and everything it rolls up to, root first: the cells a respondent of {@code team}
   * counts in.
   *
   * @param team a team of this hierarchy
   * @return root, ..., parent, team
   * @throws IllegalArgumentException if {@code team} is unknown
   */
  public ImmutableList<String> ancestors(String team) {
    return ancestorsOf(requireKnown(team));
  }

  /**
   * The depth of a team: 0 for the root, 1 for its children, and so on.
   *
   * @param team a team of this hierarchy
   * @return its level
   * @throws IllegalArgumentException if {@code team} is unknown
   */
  public int level(String team) {
    return Objects.requireNonNull(levels.get(requireKnown(team)));
  }

  /** The number of levels: 1 for a root alone. */
  public int depth() {
    return levels.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
  }

  private ImmutableList<String> ancestorsOf(String team) {
    List<String> path = new ArrayList<>();
    String current = team;
    while (!current.equals(root)) {
      path.add(current);
      current = Objects.requireNonNull(parents.get(current));
    }
    path.add(root);
    return ImmutableList.copyOf(path).reverse();
  }

  private String requireKnown(String team) {
    if (!parents.containsKey(team)) {
      throw new IllegalArgumentException("team '" + team + "' is not in the hierarchy");
    }
    return team;
  }

  private static String checkId(String what, String id) {
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          what + " must match " + ID.pattern() + ", but was '" + id + "'");
    }
    return id;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TeamHierarchy
        && root.equals(((TeamHierarchy) other).root)
        && parents.equals(((TeamHierarchy) other).parents);
  }

  @Override
  public int hashCode() {
    return Objects.hash(root, parents);
  }

  @Override
  public String toString() {
    return "TeamHierarchy{root=" + root + ", teams=" + parents.size() + ", depth=" + depth() + "}";
  }

  /** Builds a {@link TeamHierarchy}; parents must be added before their children. Not thread-safe. */
  public static final class Builder {
    private final String root;
    private final Map<String, String> parents = new LinkedHashMap<>();

    private Builder(String root) {
      this.root = checkId("root", root);
      parents.put(root, root);
    }

    /**
     * Adds a team under an existing parent.
     *
     * @param team the new team's id
     * @param parent an id already in the hierarchy
     * @return this builder
     * @throws IllegalArgumentException if {@code team} is invalid or already present, or
     *     {@code parent} is unknown
     */
    public Builder add(String team, String parent) {
      checkId("team id", team);
      if (parents.containsKey(team)) {
        throw new IllegalArgumentException("team '" + team + "' is already in the hierarchy");
      }
      if (!parents.containsKey(parent)) {
        throw new IllegalArgumentException(
            "parent '" + parent + "' of team '" + team + "' must be added before its children");
      }
      parents.put(team, parent);
      return this;
    }

    /** The hierarchy built so far. */
    public TeamHierarchy build() {
      return new TeamHierarchy(root, ImmutableMap.copyOf(parents));
    }
  }
}

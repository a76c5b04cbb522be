package dev.belonging.intervention;

/** What sort of thing an intervention is; the performative-pattern check looks at it. */
public enum Kind {
  /** A recurring habit of a team or manager, such as an appreciation round. */
  PRACTICE,
  /** Teaching people a skill; only useful when tied to a daily practice. */
  TRAINING,
  /** A rule or a review of rules, such as meeting norms or a policy audit. */
  POLICY,
  /** A lasting structure with people and money, such as a resource group. */
  STRUCTURE,
  /** Material support: a stipend, a package, a space. */
  SUPPORT
}

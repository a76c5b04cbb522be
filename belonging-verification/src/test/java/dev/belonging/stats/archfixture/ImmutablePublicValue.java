package dev.belonging.stats.archfixture;

/** Deliberate violation: a public class named like a generated Immutables class. */
public final class ImmutablePublicValue {}

package dev.belonging.internal.linalg;

/**
 * Arithmetic modulo the Mersenne prime {@code 2^61 - 1}; residues are longs in {@code [0, P)}.
 * Stateless.
 */
final class Mod {
  /** The prime {@code 2^61 - 1}. */
  static final long P = (1L << 61) - 1;

  private Mod() {}

  /** The residue of any long. */
  static long of(long value) {
    long r = value % P;
    return r < 0 ? r + P : r;
  }

  static long add(long a, long b) {
    long r = a + b;
    return r >= P ? r - P : r;
  }

  static long sub(long a, long b) {
    long r = a - b;
    return r < 0 ? r + P : r;
  }

  static long mul(long a, long b) {
    long hi = Math.multiplyHigh(a, b);
    long lo = a * b;
    // a * b < 2^122 = hi * 2^64 + lo; split at bit 61 and fold (2^61 = 1 modulo P).
    long r = ((hi << 3) | (lo >>> 61)) + (lo & P);
    r = (r & P) + (r >>> 61);
    return r >= P ? r - P : r;
  }

  /**
   * The inverse of a nonzero residue.
   *
   * @throws ArithmeticException if {@code a} is zero (the value was divisible by the prime)
   */
  static long inverse(long a) {
    if (a == 0) {
      throw new ArithmeticException("not invertible modulo 2^61 - 1");
    }
    long result = 1;
    long base = a;
    long e = P - 2;
    while (e > 0) {
      if ((e & 1) != 0) {
        result = mul(result, base);
      }
      base = mul(base, base);
      e >>>= 1;
    }
    return result;
  }
}

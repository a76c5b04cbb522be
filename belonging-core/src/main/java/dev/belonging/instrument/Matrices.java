package dev.belonging.instrument;

/** Small dense symmetric-matrix helpers for {@link Reliability}; row-major {@code double[][]}. */
final class Matrices {
  // psych::Pinv's default tolerance, sqrt(.Machine$double.eps).
  static final double PINV_TOLERANCE = Math.sqrt(Math.ulp(1.0));

  private Matrices() {}

  static double sum(double[][] m) {
    double s = 0;
    for (double[] row : m) {
      for (double v : row) {
        s += v;
      }
    }
    return s;
  }

  static double trace(double[][] m) {
    double s = 0;
    for (int i = 0; i < m.length; i++) {
      s += m[i][i];
    }
    return s;
  }

  static double[][] without(double[][] m, int drop) {
    int n = m.length - 1;
    double[][] out = new double[n][n];
    for (int i = 0, oi = 0; i < m.length; i++) {
      if (i == drop) {
        continue;
      }
      for (int j = 0, oj = 0; j < m.length; j++) {
        if (j == drop) {
          continue;
        }
        out[oi][oj++] = m[i][j];
      }
      oi++;
    }
    return out;
  }

  /** stats::cov2cor: scale by the standard deviations, then set the diagonal to exactly 1. */
  static double[][] cov2cor(double[][] c) {
    int n = c.length;
    double[] is = new double[n];
    for (int i = 0; i < n; i++) {
      is[i] = Math.sqrt(1 / c[i][i]);
    }
    double[][] r = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        r[i][j] = i == j ? 1.0 : is[i] * c[i][j] * is[j];
      }
    }
    return r;
  }

  /**
   * psych::smc for a full correlation matrix: {@code 1 - 1/diag(Pinv(R))}, clamped to [0, 1]. The
   * pseudo-inverse comes from the eigen decomposition (for a symmetric matrix the singular values
   * are the absolute eigenvalues), dropping values at or below {@code tol * largest}.
   */
  static double[] smc(double[][] r) {
    int n = r.length;
    double[][] a = new double[n][];
    for (int i = 0; i < n; i++) {
      a[i] = r[i].clone();
    }
    double[][] v = new double[n][n];
    for (int i = 0; i < n; i++) {
      v[i][i] = 1;
    }
    jacobi(a, v);
    double largest = 0;
    for (int i = 0; i < n; i++) {
      largest = Math.max(largest, Math.abs(a[i][i]));
    }
    double cut = Math.max(PINV_TOLERANCE * largest, 0);
    double[] smc = new double[n];
    for (int i = 0; i < n; i++) {
      double d = 0;
      for (int e = 0; e < n; e++) {
        double lambda = a[e][e];
        if (Math.abs(lambda) > cut) {
          d += v[i][e] * v[i][e] / lambda;
        }
      }
      double s = 1 - 1 / d;
      smc[i] = s > 1 ? 1 : (s < 0 ? 0 : s);
    }
    return smc;
  }

  /** Cyclic Jacobi eigenvalue iteration: {@code a} becomes diagonal, {@code v} holds vectors. */
  private static void jacobi(double[][] a, double[][] v) {
    int n = a.length;
    double norm = 0;
    for (double[] row : a) {
      for (double x : row) {
        norm += x * x;
      }
    }
    for (int sweep = 0; sweep < 100; sweep++) {
      double off = 0;
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          off += a[p][q] * a[p][q];
        }
      }
      // Converged when the off-diagonal mass is far below double precision of the matrix.
      if (off <= 1e-40 * norm) {
        return;
      }
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          if (a[p][q] == 0) {
            continue;
          }
          double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
          double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
          if (theta == 0) {
            t = 1;
          }
          double c = 1 / Math.sqrt(t * t + 1);
          double s = t * c;
          for (int k = 0; k < n; k++) {
            double akp = a[k][p];
            double akq = a[k][q];
            a[k][p] = c * akp - s * akq;
            a[k][q] = s * akp + c * akq;
          }
          for (int k = 0; k < n; k++) {
            double apk = a[p][k];
            double aqk = a[q][k];
            a[p][k] = c * apk - s * aqk;
            a[q][k] = s * apk + c * aqk;
          }
          for (int k = 0; k < n; k++) {
            double vkp = v[k][p];
            double vkq = v[k][q];
            v[k][p] = c * vkp - s * vkq;
            v[k][q] = s * vkp + c * vkq;
          }
        }
      }
    }
  }
}

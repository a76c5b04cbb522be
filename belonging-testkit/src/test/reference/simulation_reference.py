#!/usr/bin/python3
"""Reference values for belonging-testkit's simulation helpers (Power, Calibration).

Run with Debian's scipy: /usr/bin/python3 simulation_reference.py
Writes ../resources/reference/score_moments.csv, analytic_power.csv and wilson.csv.
"""
import math
import os
import scipy
from scipy import integrate
from scipy.stats import binom, binomtest, norm, t

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "resources", "reference")
VERSION = scipy.__version__
HEADER = f"# tool: scipy {VERSION} (Debian python3-scipy), /usr/bin/python3\n"


def moments(items, points, loading, leniency, shift):
    """Mean and SD of the mean of `items` keyed points (scale 1..points), latent N(shift, 1).

    Given theta, each item's point is 1 + j with probability
    norm.cdf((tau[j+1] - a theta) / s) - norm.cdf((tau[j] - a theta) / s), s = sqrt(1 - a^2),
    tau[j] = norm.ppf(j / points) - leniency; items are independent given theta.
    """
    s = math.sqrt(1 - loading * loading)
    tau = [-math.inf] + [norm.ppf(k / points) - leniency for k in range(1, points)] + [math.inf]

    def conditional(theta):
        probs = [norm.cdf((tau[j + 1] - loading * theta) / s)
                 - norm.cdf((tau[j] - loading * theta) / s) for j in range(points)]
        mean = sum((1 + j) * p for j, p in enumerate(probs))
        second = sum((1 + j) ** 2 * p for j, p in enumerate(probs))
        return mean, (second - mean * mean) / items

    def weighted(f):
        return integrate.quad(lambda th: f(th) * norm.pdf(th - shift), -math.inf, math.inf,
                              epsabs=1e-13, epsrel=1e-13, limit=200)[0]

    m = weighted(lambda th: conditional(th)[0])
    second = weighted(lambda th: conditional(th)[1] + conditional(th)[0] ** 2)
    return m, math.sqrt(second - m * m)


with open(os.path.join(OUT, "score_moments.csv"), "w") as f:
    f.write(HEADER)
    f.write("# call: scipy.integrate.quad over theta ~ norm(shift, 1) of the conditional mean and"
            " variance of the mean of `items` ordinal-probit items (see simulation_reference.py)\n")
    f.write("items,points,loading,leniency,shift,mean,sd\n")
    for (items, points) in ((1, 5), (3, 5), (2, 7)):
        for leniency in (0.0, 0.5):
            for shift in (-0.5, 0.0, 0.8):
                m, sd = moments(items, points, 0.8, leniency, shift)
                f.write(f"{items},{points},0.8,{leniency!r},{shift!r},{m!r},{sd!r}\n")

# Analytic power of Power: the three-item 5-point connection scale, loading 0.8, leniency 0.5.
with open(os.path.join(OUT, "analytic_power.csv"), "w") as f:
    f.write(HEADER)
    f.write("# call: binom.sf(k - 1, N1, r) * binom.sf(k - 1, N2, r) * (t.cdf(D - c, df)"
            " [+ t.cdf(-D - c, df) when effect = 0]), D = |m1 - m2| / sqrt(v1 + v2),"
            " vi = sdi^2 / (Ni r), df = Welch-Satterthwaite with max(Ni r - 1, 1), c = t.isf(0.025, df);"
            " mi, sdi from score_moments (items 3, points 5, loading 0.8, leniency 0.5)\n")
    f.write("target,comparison,rate,k,effect,power\n")
    for (n1, n2, rate, k, effect) in ((30, 120, 0.8, 5, -0.5), (100, 100, 0.8, 5, -0.5),
                                       (10, 40, 0.7, 5, -0.5), (6, 60, 0.8, 5, -1.0),
                                       (40, 160, 0.8, 10, -0.3), (30, 120, 0.8, 5, 0.0),
                                       (60, 60, 0.5, 3, 0.4)):
        m1, sd1 = moments(3, 5, 0.8, 0.5, effect)
        m2, sd2 = moments(3, 5, 0.8, 0.5, 0.0)
        v1 = sd1 * sd1 / (n1 * rate)
        v2 = sd2 * sd2 / (n2 * rate)
        shift = abs(m1 - m2) / math.sqrt(v1 + v2)
        df = (v1 + v2) ** 2 / (v1 * v1 / max(n1 * rate - 1, 1) + v2 * v2 / max(n2 * rate - 1, 1))
        c = t.isf(0.025, df)
        power = t.cdf(shift - c, df) + (t.cdf(-shift - c, df) if effect == 0 else 0.0)
        published = binom.sf(k - 1, n1, rate) * binom.sf(k - 1, n2, rate)
        f.write(f"{n1},{n2},{rate!r},{k},{effect!r},{published * power!r}\n")

with open(os.path.join(OUT, "wilson.csv"), "w") as f:
    f.write(HEADER)
    f.write("# call: scipy.stats.binomtest(x, n).proportion_ci(confidence_level=0.95,"
            " method='wilson')\n")
    f.write("x,n,lower,upper\n")
    for (x, n) in ((0, 20), (7, 20), (20, 20), (77, 200), (445, 1000), (1, 3)):
        ci = binomtest(x, n).proportion_ci(confidence_level=0.95, method="wilson")
        f.write(f"{x},{n},{ci.low!r},{ci.high!r}\n")

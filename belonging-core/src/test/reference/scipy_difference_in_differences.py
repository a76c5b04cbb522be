#!/usr/bin/python3
"""Reference values for dev.belonging.internal.stats.DifferenceInDifferences.

Run with Debian's interpreter (scipy 1.10.1), from belonging-core/:
    /usr/bin/python3 src/test/reference/scipy_difference_in_differences.py \
        > src/test/resources/reference/difference_in_differences.csv

Inputs are generated here with a fixed seed. For each case: four independent groups
(target before/after, comparison before/after) given as n, mean, sd;
  estimate = (mean_ta - mean_tb) - (mean_ca - mean_cb)
  variance = sum(sd_i**2 / n_i)
  df       = variance**2 / sum((sd_i**2 / n_i)**2 / (n_i - 1))   (Welch-Satterthwaite)
  half     = t_upper * sqrt(variance), where t_upper solves
             scipy.stats.t.sf(t_upper, df) == (1 - level) / 2
             by scipy.optimize.brentq(..., xtol=1e-15, rtol=1e-15).

Why not scipy.stats.t.ppf: in scipy 1.10.1 it is off by about 1e-9 relative for fractional df
(df = 5.996...: ppf(0.975) = 2.44727167778, while R's qt and the root of scipy's own t.sf give
2.44727168015; t.sf(t.ppf(0.975)) = 0.02500000008). Solving on t.sf gives the quantile to the
accuracy of scipy's incomplete beta function.
"""
import math
import sys

import numpy
import scipy
from scipy import optimize, stats

rng = numpy.random.RandomState(20261122)
GROUPS = ("tb", "ta", "cb", "ca")

print("# tool: scipy %s (numpy %s, Python %s)" % (
    scipy.__version__, numpy.__version__, sys.version.split()[0]))
print("# call: optimize.brentq(lambda x: stats.t.sf(x, df) - (1 - level) / 2, 0, 1000, "
      "xtol=1e-15, rtol=1e-15) * math.sqrt(variance); "
      "df = variance**2 / sum((sd**2 / n)**2 / (n - 1)); variance = sum(sd**2 / n)")
print("# generator: src/test/reference/scipy_difference_in_differences.py, "
      "numpy.random.RandomState(20261122)")
print("level," + ",".join("n_%s,mean_%s,sd_%s" % (g, g, g) for g in GROUPS)
      + ",estimate,variance,df,half_width")

for case in range(40):
    level = (0.80, 0.90, 0.95, 0.99)[case % 4]
    rows = []
    for g in GROUPS:
        n = int(rng.randint(2, 400))
        mean = round(float(rng.uniform(1.0, 5.0)), 6)
        sd = round(float(rng.uniform(0.05, 1.6)), 6)
        if case % 10 == 7 and g == "cb":
            sd = 0.0  # one group without variation
        rows.append((n, mean, sd))
    (ntb, mtb, stb), (nta, mta, sta), (ncb, mcb, scb), (nca, mca, sca) = rows
    estimate = (mta - mtb) - (mca - mcb)
    terms = [sd * sd / n for (n, _, sd) in rows]
    variance = sum(terms)
    df = variance ** 2 / sum(t * t / (n - 1) for t, (n, _, _) in zip(terms, rows))
    alpha_half = (1 - level) / 2
    t_upper = optimize.brentq(lambda x: stats.t.sf(x, df) - alpha_half, 0, 1000,
                              xtol=1e-15, rtol=1e-15)
    half = t_upper * math.sqrt(variance)
    print("%r,%s,%r,%r,%r,%r" % (
        level,
        ",".join("%d,%r,%r" % r for r in rows),
        estimate, variance, df, half))

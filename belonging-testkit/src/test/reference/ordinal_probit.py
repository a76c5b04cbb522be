#!/usr/bin/python3
"""Reference values for belonging-testkit's latent-trait response model.

Run with Debian's scipy: /usr/bin/python3 ordinal_probit.py
Writes ../resources/reference/normal_quantiles.csv and ../resources/reference/ordinal_probit.csv.
"""
import os
import scipy
from scipy.stats import norm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "resources", "reference")
VERSION = scipy.__version__

with open(os.path.join(OUT, "normal_quantiles.csv"), "w") as f:
    f.write(f"# tool: scipy {VERSION} (Debian python3-scipy), /usr/bin/python3\n")
    f.write("# call: kind=ppf -> scipy.stats.norm.ppf(x); kind=cdf -> scipy.stats.norm.cdf(x)\n")
    f.write("kind,x,value\n")
    for points in (2, 3, 5, 7, 11):
        for k in range(1, points):
            p = k / points
            f.write(f"ppf,{p!r},{norm.ppf(p)!r}\n")
    for p in (1e-12, 1e-6, 0.001, 0.025, 0.3, 0.5, 0.975, 0.999999):
        f.write(f"ppf,{p!r},{norm.ppf(p)!r}\n")
    for x in (-8.0, -5.0, -3.5, -1.96, -1.0, -0.3, 0.0, 0.25, 1.0, 1.96, 3.5, 5.0, 8.0):
        f.write(f"cdf,{x!r},{norm.cdf(x)!r}\n")

# Ordinal probit: y ~ N(a * d, 1) cut at tau_k = ppf(k / K) - leniency on a scale min..min+K-1.
with open(os.path.join(OUT, "ordinal_probit.csv"), "w") as f:
    f.write(f"# tool: scipy {VERSION} (Debian python3-scipy), /usr/bin/python3\n")
    f.write("# call: P(point = min + j) = norm.cdf(tau[j + 1] - a * d) - norm.cdf(tau[j] - a * d),"
            " tau[j] = norm.ppf(j / K) - leniency, tau[0] = -inf, tau[K] = +inf;"
            " mean = sum (min + j) P; favorable = P(point >= top two) for K=5, P(point >= 9) for 0-10\n")
    f.write("min,points,leniency,loading,effect,mean,favorable\n")
    for (lo, points) in ((1, 5), (0, 11)):
        for leniency in (0.0, 0.5):
            for a in (0.8,):
                for d in (-0.5, 0.0, 0.5):
                    tau = [float("-inf")] + [norm.ppf(k / points) - leniency
                                             for k in range(1, points)] + [float("inf")]
                    probs = [norm.cdf(tau[j + 1] - a * d) - norm.cdf(tau[j] - a * d)
                             for j in range(points)]
                    mean = sum((lo + j) * p for j, p in enumerate(probs))
                    favorable = sum(probs[-2:])
                    f.write(f"{lo},{points},{leniency!r},{a!r},{d!r},{mean!r},{favorable!r}\n")

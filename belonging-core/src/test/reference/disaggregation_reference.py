#!/usr/bin/python3
"""Reference values for dev.belonging.disaggregation (CellStatistics and the release pipeline).

Run from the repository root with Debian's scipy:
    /usr/bin/python3 belonging-core/src/test/reference/disaggregation_reference.py
It rewrites the CSV files under
belonging-core/src/test/resources/reference/disaggregation/. Benjamini-Hochberg values come from
R's p.adjust (Rscript), called from here. Inputs are generated with a fixed seed.
"""
import os
import subprocess

import numpy as np
import scipy
from scipy import stats
from scipy.special import gammaln

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "reference", "disaggregation")
rng = np.random.RandomState(20261122)


def header(f, call):
    f.write("# tool: scipy %s, numpy %s (Debian python3-scipy), /usr/bin/python3\n"
            % (scipy.__version__, np.__version__))
    f.write("# script: belonging-core/src/test/reference/disaggregation_reference.py, seed 20261122\n")
    f.write("# call: %s\n" % call)


def r_qt(df):
    """qt(0.975, df) from R: at non-integer df scipy 1.10's t.ppf agrees with R only to ~5e-9."""
    out = subprocess.run(["Rscript", "-e", "cat(sprintf('%%.17g', qt(0.975, %r)))" % float(df)],
                         capture_output=True, text=True, check=True).stdout
    return float(out)


def fmt(x):
    return repr(float(x))


# 1. Student t interval of a mean
with open(os.path.join(OUT, "t_interval.csv"), "w") as f:
    header(f, "m +- scipy.stats.t.ppf(0.975, n - 1) * sd / sqrt(n)")
    f.write("n,mean,sd,lower,upper\n")
    for _ in range(20):
        n = int(rng.randint(2, 500))
        mean = rng.uniform(1, 5)
        sd = rng.uniform(0.01, 2)
        h = stats.t.ppf(0.975, n - 1) * sd / np.sqrt(n)
        f.write(",".join([str(n), fmt(mean), fmt(sd), fmt(mean - h), fmt(mean + h)]) + "\n")

# 2. Wilson score interval
with open(os.path.join(OUT, "wilson.csv"), "w") as f:
    header(f, "scipy.stats.binomtest(x, n).proportion_ci(0.95, method='wilson')")
    f.write("x,n,lower,upper\n")
    cases = [(0, 1), (1, 1), (0, 10), (10, 10), (3, 7)]
    for _ in range(15):
        n = int(rng.randint(1, 2000))
        cases.append((int(rng.randint(0, n + 1)), n))
    for x, n in cases:
        ci = stats.binomtest(x, n).proportion_ci(0.95, method="wilson")
        f.write(",".join([str(x), str(n), fmt(ci.low), fmt(ci.high)]) + "\n")


# 3. Newcombe hybrid score interval (method 10) from scipy's Wilson bounds
def wilson(x, n):
    ci = stats.binomtest(x, n).proportion_ci(0.95, method="wilson")
    return ci.low, ci.high


with open(os.path.join(OUT, "newcombe.csv"), "w") as f:
    header(f, "Newcombe (1998) method 10 from binomtest(...).proportion_ci(0.95, 'wilson') bounds")
    f.write("x1,n1,x2,n2,lower,upper\n")
    cases = [(0, 5, 5, 5), (3, 9, 3, 9)]
    for _ in range(18):
        n1 = int(rng.randint(1, 800))
        n2 = int(rng.randint(1, 800))
        cases.append((int(rng.randint(0, n1 + 1)), n1, int(rng.randint(0, n2 + 1)), n2))
    for x1, n1, x2, n2 in cases:
        p1, p2 = x1 / n1, x2 / n2
        l1, u1 = wilson(x1, n1)
        l2, u2 = wilson(x2, n2)
        d = p1 - p2
        lo = d - np.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2)
        hi = d + np.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)
        f.write(",".join(str(v) for v in (x1, n1, x2, n2)) + "," + fmt(lo) + "," + fmt(hi) + "\n")

# 4. Welch t test with its interval, and 5. Hedges' g with the exact J
with open(os.path.join(OUT, "welch_hedges.csv"), "w") as f:
    header(f, "scipy.stats.ttest_ind_from_stats(m1, s1, n1, m2, s2, n2, equal_var=False); "
              "df Welch-Satterthwaite; interval d +- qt(0.975, df) se with R's qt (Rscript); "
              "g = d / s_pooled * exp(gammaln(df/2) - gammaln((df-1)/2)) / sqrt(df/2)")
    f.write("n1,mean1,sd1,n2,mean2,sd2,t,df,p,lower,upper,g\n")
    for _ in range(20):
        n1 = int(rng.randint(2, 300))
        n2 = int(rng.randint(2, 3000))
        m1, m2 = rng.uniform(1, 5), rng.uniform(1, 5)
        s1, s2 = rng.uniform(0.1, 1.5), rng.uniform(0.1, 1.5)
        t, p = stats.ttest_ind_from_stats(m1, s1, n1, m2, s2, n2, equal_var=False)
        a, b = s1 ** 2 / n1, s2 ** 2 / n2
        df = (a + b) ** 2 / (a ** 2 / (n1 - 1) + b ** 2 / (n2 - 1))
        se = np.sqrt(a + b)
        h = r_qt(df) * se
        dfp = n1 + n2 - 2
        sp = np.sqrt(((n1 - 1) * s1 ** 2 + (n2 - 1) * s2 ** 2) / dfp)
        j = np.exp(gammaln(dfp / 2) - gammaln((dfp - 1) / 2)) / np.sqrt(dfp / 2)
        g = (m1 - m2) / sp * j
        f.write(",".join([str(n1), fmt(m1), fmt(s1), str(n2), fmt(m2), fmt(s2), fmt(t), fmt(df),
                          fmt(p), fmt(m1 - m2 - h), fmt(m1 - m2 + h), fmt(g)]) + "\n")

# 6. Benjamini-Hochberg, from R
ps = np.concatenate([rng.uniform(0, 0.05, 8), rng.uniform(0, 1, 22), [0.02, 0.02, 1.0]])
r_version = subprocess.run(["Rscript", "-e", "cat(R.version.string)"], capture_output=True,
                           text=True, check=True).stdout.strip()
expr = "p <- c(%s); cat(sprintf('%%.17g', p.adjust(p, method = 'BH')), sep = '\\n')" % ",".join(
    repr(float(p)) for p in ps)
qs = subprocess.run(["Rscript", "-e", expr], capture_output=True, text=True,
                    check=True).stdout.split()
with open(os.path.join(OUT, "benjamini_hochberg.csv"), "w") as f:
    f.write("# tool: %s (Rscript)\n" % r_version)
    f.write("# script: belonging-core/src/test/reference/disaggregation_reference.py, seed 20261122\n")
    f.write("# call: p.adjust(p, method = 'BH')\n")
    f.write("p,q\n")
    for p, q in zip(ps, qs):
        f.write(fmt(p) + "," + q + "\n")

# 7. End to end: a small survey, 3 items of one construct (item c reverse keyed) on 1..5,
#    one dimension 'arrangement' in {HYBRID, OFFICE, REMOTE}; answers missing at random.
rows = []
for r in range(400):
    arrangement = ["HYBRID", "OFFICE", "REMOTE"][rng.randint(0, 3)]
    shift = -0.6 if arrangement == "REMOTE" else 0.0
    answers = []
    for item in range(3):
        if rng.uniform() < 0.08:
            answers.append(0)
            continue
        z = rng.normal() + shift
        point = int(np.clip(np.round(3 + z), 1, 5))
        answers.append(6 - point if item == 2 else point)
    rows.append((arrangement, answers))
with open(os.path.join(OUT, "survey.csv"), "w") as f:
    header(f, "generated responses: arrangement, answers to items a, b, c (c reverse keyed; 0 = "
              "not answered)")
    f.write("arrangement,a,b,c\n")
    for arrangement, answers in rows:
        f.write(arrangement + "," + ",".join(str(a) for a in answers) + "\n")


def score(answers):
    keyed = [answers[0], answers[1], 6 - answers[2] if answers[2] else 0]
    present = [k for k in keyed if k != 0]
    return np.mean(present) if present else None


with open(os.path.join(OUT, "survey_statistics.csv"), "w") as f:
    header(f, "per arrangement: construct scores (mean of answered keyed items) -> numpy mean, "
              "std(ddof=1), t interval; vs rest: ttest_ind(equal_var=False), Welch interval with R's qt, "
              "Hedges g; favorable = keyed 4-5 pooled over items, Wilson and Newcombe")
    f.write("group,n,mean,sd,lower,upper,t,df,p,dlower,dupper,g,fav,favlower,favupper,"
            "favdlower,favdupper\n")
    for group in ["HYBRID", "OFFICE", "REMOTE"]:
        inside = [score(a) for g, a in rows if g == group]
        outside = [score(a) for g, a in rows if g != group]
        x = np.array([s for s in inside if s is not None])
        y = np.array([s for s in outside if s is not None])
        n, m, s = len(x), x.mean(), x.std(ddof=1)
        h = stats.t.ppf(0.975, n - 1) * s / np.sqrt(n)
        res = stats.ttest_ind(x, y, equal_var=False)
        a, b = x.var(ddof=1) / len(x), y.var(ddof=1) / len(y)
        df = (a + b) ** 2 / (a ** 2 / (len(x) - 1) + b ** 2 / (len(y) - 1))
        dh = r_qt(df) * np.sqrt(a + b)
        d = x.mean() - y.mean()
        dfp = len(x) + len(y) - 2
        sp = np.sqrt(((len(x) - 1) * x.var(ddof=1) + (len(y) - 1) * y.var(ddof=1)) / dfp)
        g = d / sp * np.exp(gammaln(dfp / 2) - gammaln((dfp - 1) / 2)) / np.sqrt(dfp / 2)

        def fav(selected):
            keyed = []
            for _, ans in selected:
                keyed += [k for k in (ans[0], ans[1], 6 - ans[2] if ans[2] else 0) if k != 0]
            return sum(1 for k in keyed if k >= 4), len(keyed)

        f1, a1 = fav([r for r in rows if r[0] == group])
        f2, a2 = fav([r for r in rows if r[0] != group])
        l1, u1 = wilson(f1, a1)
        l2, u2 = wilson(f2, a2)
        p1, p2 = f1 / a1, f2 / a2
        fl = p1 - p2 - np.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2)
        fu = p1 - p2 + np.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)
        f.write(",".join([group, str(n)] + [fmt(v) for v in (
            m, s, m - h, m + h, res.statistic, df, res.pvalue, d - dh, d + dh, g, p1, l1, u1,
            fl, fu)]) + "\n")

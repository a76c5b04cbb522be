# Exhaustive search behind FairnessProperties.FISHER_MONOTONE_BELOW: does scaling a 2x2 table by
# an integer factor ever raise Fisher's exact two-sided p-value? (R 4.2.2, fisher.test)
# Run: Rscript src/test/reference/fisher_scaling_search.R   (takes a few minutes)
# Result on 2026-11-22: 60 increases among all tables with group sizes 3-18 and factors 2-3; the
# smallest original p among them was 0.5 and the largest increase 0.0715 (e.g. 1 of 3 against
# 2 of 12: p = 0.516, doubled 0.571). Below p = 0.5 the p-value never grew.
mx <- 0; mn <- 1; bad <- 0
for (n1 in 3:18) for (n2 in 3:18) for (x1 in 0:n1) for (x2 in 0:n2) {
  p1 <- fisher.test(matrix(c(x1, x2, n1 - x1, n2 - x2), 2))$p.value
  for (c in 2:3) {
    p2 <- fisher.test(matrix(c(c * x1, c * x2, c * (n1 - x1), c * (n2 - x2)), 2))$p.value
    if (p2 > p1 * (1 + 1e-9)) { bad <- bad + 1; mn <- min(mn, p1); mx <- max(mx, p2 - p1) }
  }
}
print(c(increases = bad, smallest_original_p = mn, largest_increase = mx))

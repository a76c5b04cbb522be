#!/usr/bin/env Rscript
# Reference values for dev.belonging.instrument.Reliability (PsychAlphaReferenceTest).
#
# Reads the synthetic inputs that our own generator wrote
# (src/test/resources/reference/psych/alpha_inputs.csv, from PsychAlphaInputs in test scope),
# reverse keys the listed items with the DECLARED scale (min + max - x; psych itself would use the
# observed min + max), then calls psych::alpha on the already-keyed data:
#   pairwise:       psych::alpha(x, warnings = FALSE)            (use = "pairwise", psych's default)
#   complete cases: psych::alpha(na.omit(x), warnings = FALSE)
# and writes every statistic with 17 significant digits.
#
# Run from belonging-core/:
#   Rscript src/test/reference/psych_alpha.R \
#     src/test/resources/reference/psych/alpha_inputs.csv \
#     src/test/resources/reference/psych/alpha_expected.csv
suppressPackageStartupMessages(library(psych))
# (psych prints "Number of categories should be increased" for 0-10 data: harmless.)
args <- commandArgs(trailingOnly = TRUE)
input <- if (length(args) >= 1) args[1] else "src/test/resources/reference/psych/alpha_inputs.csv"
output <- if (length(args) >= 2) args[2] else "src/test/resources/reference/psych/alpha_expected.csv"

all <- read.csv(input, comment.char = "#", na.strings = "NA", colClasses = c(reversed = "character"))
rows <- list()
add <- function(dataset, missing, statistic, item, value) {
  rows[[length(rows) + 1]] <<- data.frame(dataset = dataset, missing = missing,
    statistic = statistic, item = item, value = sprintf("%.17g", value))
}
for (d in sort(unique(all$dataset))) {
  block <- all[all$dataset == d, ]
  lo <- block$min[1]; hi <- block$max[1]
  items <- grep("^i[0-9]+$", names(block), value = TRUE)
  k <- max(which(colSums(!is.na(block[, items])) > 0))
  x <- block[, items[1:k]]
  rev <- if (is.na(block$reversed[1]) || block$reversed[1] == "") integer(0) else
    as.integer(strsplit(block$reversed[1], " ")[[1]])
  for (j in rev) x[, j] <- lo + hi - x[, j]
  for (missing in c("PAIRWISE", "COMPLETE_CASES")) {
    data <- if (missing == "PAIRWISE") x else na.omit(x)
    a <- suppressWarnings(psych::alpha(data, warnings = FALSE))
    t <- a$total
    add(d, missing, "raw_alpha", "", t$raw_alpha)
    add(d, missing, "std_alpha", "", t$std.alpha)
    add(d, missing, "g6", "", t[["G6(smc)"]])
    add(d, missing, "average_r", "", t$average_r)
    add(d, missing, "s_n", "", t[["S/N"]])
    add(d, missing, "observations", "", nrow(data))
    add(d, missing, "feldt_lower", "", unlist(a$feldt$lower.ci))
    add(d, missing, "feldt_upper", "", unlist(a$feldt$upper.ci))
    ci90 <- psych::alpha.ci(t$raw_alpha, nrow(data), k, p.val = 0.10)
    add(d, missing, "feldt90_lower", "", unlist(ci90$lower.ci))
    add(d, missing, "feldt90_upper", "", unlist(ci90$upper.ci))
    drop <- a$alpha.drop
    for (j in seq_len(k)) {
      id <- items[j]
      add(d, missing, "drop_raw_alpha", id, drop$raw_alpha[j])
      add(d, missing, "drop_std_alpha", id, drop$std.alpha[j])
      add(d, missing, "drop_g6", id, drop[["G6(smc)"]][j])
      add(d, missing, "drop_average_r", id, drop$average_r[j])
      add(d, missing, "drop_s_n", id, drop[["S/N"]][j])
      add(d, missing, "r_drop", id, a$item.stats$r.drop[j])
      add(d, missing, "n", id, a$item.stats$n[j])
    }
  }
}
out <- do.call(rbind, rows)
con <- file(output, "w")
writeLines(c(
  paste0("# Expected psych::alpha statistics for alpha_inputs.csv, written by src/test/reference/psych_alpha.R"),
  paste0("# ", R.version.string, "; psych ", as.character(packageVersion("psych"))),
  "# Items listed as reversed were keyed as min + max - x on the DECLARED scale before the calls:",
  "#   PAIRWISE:       psych::alpha(x, warnings = FALSE)",
  "#   COMPLETE_CASES: psych::alpha(na.omit(x), warnings = FALSE)",
  "# feldt_* = unlist(a$feldt$lower.ci / upper.ci) (psych::alpha.ci, p.val = 0.05); drop_* = a$alpha.drop; r_drop and n = a$item.stats",
  "# feldt90_* = psych::alpha.ci(a$total$raw_alpha, nrow(x), k, p.val = 0.10)"),
  con)
write.csv(out, con, row.names = FALSE, quote = FALSE)
close(con)

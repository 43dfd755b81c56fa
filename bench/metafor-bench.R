# Times metafor on the same synthetic data metasift's bench uses (written by bench/run.ts).
# Usage: Rscript bench/metafor-bench.R DIR   -> prints one JSON object of median milliseconds.
suppressPackageStartupMessages({ library(metafor); library(jsonlite) })
dir <- commandArgs(trailingOnly = TRUE)[1]
med_ms <- function(expr_fn, min_runs = 3, min_secs = 0.3) {
  expr_fn()
  times <- c(); start <- proc.time()[["elapsed"]]
  while (length(times) < min_runs || proc.time()[["elapsed"]] - start < min_secs) {
    t0 <- proc.time()[["elapsed"]]; expr_fn(); times <- c(times, proc.time()[["elapsed"]] - t0)
    if (length(times) >= 2000) break
  }
  # proc.time has 1 ms resolution: for fast calls time a batch instead
  if (median(times) < 0.005) {
    n <- 200; t0 <- proc.time()[["elapsed"]]; for (i in seq_len(n)) expr_fn()
    return(1000 * (proc.time()[["elapsed"]] - t0) / n)
  }
  1000 * median(times)
}
out <- list(metafor = as.character(packageVersion("metafor")), R = R.version.string, times = list())
for (f in list.files(dir, pattern = "^studies-[0-9]+\\.csv$")) {
  d <- read.csv(file.path(dir, f)); k <- nrow(d)
  for (m in c("REML", "DL")) {
    out$times[[paste0(m, "-", k)]] <- med_ms(function() rma(d$yi, d$vi, method = m))
  }
}
for (f in list.files(dir, pattern = "^l1o-[0-9]+\\.csv$")) {
  d <- read.csv(file.path(dir, f)); k <- nrow(d)
  for (m in c("REML", "DL")) {
    if (m == "REML" && k > 300) next # metafor's REML leave1out at k = 1,000 runs for over ten minutes
    res <- rma(d$yi, d$vi, method = m)
    out$times[[paste0("leave1out-", m, "-", k)]] <- med_ms(function() leave1out(res), min_runs = 1, min_secs = 0)
  }
}
pf <- file.path(dir, "perm-20.csv")
if (file.exists(pf)) {
  d <- read.csv(pf)
  res <- rma(yi, vi, mods = ~ x, data = d)
  out$times[["permutest-1000-20"]] <- med_ms(function() permutest(res, iter = 1000, progbar = FALSE), min_runs = 1, min_secs = 0)
}
tb <- file.path(dir, "tables.csv")
if (file.exists(tb)) {
  d <- read.csv(tb)
  out$times[["escalc-OR-tables"]] <- med_ms(function() escalc("OR", ai = d$ai, bi = d$bi, ci = d$ci, di = d$di), min_runs = 3)
  out$tables <- nrow(d)
}
cat(toJSON(out, auto_unbox = TRUE, digits = NA))

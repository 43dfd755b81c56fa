# Cohen's kappa by hand in base R (no irr/psych), for the expected values of kappa.test.ts.
# Rscript test/review/screening/kappa.R
kap <- function(tab) {
  n <- sum(tab); p <- tab / n; r <- rowSums(p); c <- colSums(p)
  po <- sum(diag(p)); pe <- sum(r * c); k <- (po - pe) / (1 - pe)
  K <- nrow(p); a <- 0; b <- 0
  for (i in 1:K) for (j in 1:K) if (i == j) a <- a + p[i, i] * (1 - (r[i] + c[i]) * (1 - k))^2 else b <- b + p[i, j] * (c[i] + r[j])^2
  se <- sqrt((a + (1 - k)^2 * b - (k - pe * (1 - k))^2) / (n * (1 - pe)^2))     # Fleiss, Cohen & Everitt 1969
  se0 <- sqrt((pe + pe^2 - sum(r * c * (r + c))) / (n * (1 - pe)^2))
  z <- qnorm(0.975)
  print(sprintf("%.15g", c(po = po, pe = pe, kappa = k, se = se, ci.lb = k - z * se, ci.ub = k + z * se, se0 = se0, z = k / se0)))
}
cat(R.version.string, "\n")
kap(matrix(c(15, 5, 10, 20), 2, byrow = TRUE))                  # rows first rater: exclude, include
kap(matrix(c(75, 1, 4, 5, 4, 1, 0, 0, 10), 3, byrow = TRUE))     # Fleiss's diagnoses
kap(matrix(c(6, 1, 1, 1, 3, 0, 0, 1, 2), 3, byrow = TRUE))       # exclude, include, maybe

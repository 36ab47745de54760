// Special functions and distribution tails used by the estimators: log-gamma, the regularised
// incomplete gamma function, Poisson tails, and the standard normal CDF and quantile.
// All are written for relative accuracy in the tails, because stepwise selection compares
// p-values that can be far below 1e-10.

const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
const RELATIVE_EPSILON = 1e-16;
const TINY = 1e-300;

/**
 * Stirling series coefficients B(2k) / (2k (2k - 1)) for k = 1..7; with the argument shifted to at
 * least 15 the first omitted term is below 1e-19, so the series is exact to double precision.
 */
const STIRLING_COEFFICIENTS = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156];

/** log Γ(x) for x > 0. Throws RangeError for x ≤ 0 or non-finite x (callers never pass them). */
export function logGamma(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) throw new RangeError(`logGamma needs a positive finite argument, got ${x}`);
  let shift = 0;
  let product = 1;
  let z = x;
  // Shift small arguments up with Γ(z + 1) = z Γ(z); the product stays far from overflow.
  while (z < 15) {
    product *= z;
    z += 1;
    shift += 1;
  }
  const inverse = 1 / z;
  const inverseSquared = inverse * inverse;
  let series = 0;
  let power = inverse;
  for (const coefficient of STIRLING_COEFFICIENTS) {
    series += coefficient * power;
    power *= inverseSquared;
  }
  const value = (z - 0.5) * Math.log(z) - z + HALF_LOG_TWO_PI + series;
  return shift === 0 ? value : value - Math.log(product);
}

const LOG_FACTORIAL_TABLE_SIZE = 1024;
const logFactorialTable = new Float64Array(LOG_FACTORIAL_TABLE_SIZE);
for (let k = 2; k < LOG_FACTORIAL_TABLE_SIZE; k += 1) logFactorialTable[k] = logFactorialTable[k - 1]! + Math.log(k);

/** log(k!) for a non-negative integer k (table for small k, log-gamma beyond). */
export function logFactorial(k: number): number {
  return k < LOG_FACTORIAL_TABLE_SIZE ? logFactorialTable[k]! : logGamma(k + 1);
}

/** log of x^a e^-x / Γ(a), the common prefactor of both incomplete-gamma expansions. */
function logGammaPrefactor(a: number, x: number): number {
  return a * Math.log(x) - x - logGamma(a);
}

/** Series for the lower regularised incomplete gamma P(a, x) / prefactor; converges for x < a + 1. */
function lowerGammaSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < 100000; n += 1) {
    term *= x / (a + n);
    sum += term;
    if (term < sum * RELATIVE_EPSILON) break;
  }
  return sum;
}

/** Continued fraction (modified Lentz) for Q(a, x) / prefactor; converges for x ≥ a + 1. */
function upperGammaContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 100000; i += 1) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < RELATIVE_EPSILON) break;
  }
  return h;
}

/**
 * Regularised lower incomplete gamma P(a, x) = γ(a, x) / Γ(a), for a > 0 and x ≥ 0.
 * Each tail is computed directly (never as 1 minus the other) when it is the small one.
 */
export function regularizedGammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  if (x < a + 1) return Math.exp(logGammaPrefactor(a, x)) * lowerGammaSeries(a, x);
  return 1 - Math.exp(logGammaPrefactor(a, x)) * upperGammaContinuedFraction(a, x);
}

/** Regularised upper incomplete gamma Q(a, x) = 1 − P(a, x), for a > 0 and x ≥ 0. */
export function regularizedGammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  if (x < a + 1) return 1 - Math.exp(logGammaPrefactor(a, x)) * lowerGammaSeries(a, x);
  return Math.exp(logGammaPrefactor(a, x)) * upperGammaContinuedFraction(a, x);
}

/** P(X ≤ k) for X ~ Poisson(mean); k a non-negative integer. */
export function poissonLowerTail(k: number, mean: number): number {
  if (k < 0) return 0;
  if (mean <= 0) return 1;
  return regularizedGammaQ(k + 1, mean);
}

/** P(X ≥ k) for X ~ Poisson(mean); k a non-negative integer. */
export function poissonUpperTail(k: number, mean: number): number {
  if (k <= 0) return 1;
  if (mean <= 0) return 0;
  return regularizedGammaP(k, mean);
}

/** Standard normal cumulative distribution function Φ(x), accurate in relative terms in the lower tail. */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x === 0) return 0.5;
  // Φ(x) = erfc(−x/√2)/2 and erfc(z) = Q(1/2, z²) for z ≥ 0.
  const tail = 0.5 * regularizedGammaQ(0.5, 0.5 * x * x);
  return x < 0 ? tail : 1 - tail;
}

/** Standard normal density. */
export function normalDensity(x: number): number {
  return Math.exp(-0.5 * x * x - HALF_LOG_TWO_PI);
}

/**
 * Standard normal quantile Φ⁻¹(p) for 0 < p < 1 (±Infinity at 0 and 1): a rational first guess
 * refined by Halley steps on {@link normalCdf}, which gives full double precision.
 */
export function normalQuantile(p: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return Number.NaN;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  if (p === 0.5) return 0;
  if (p > 0.5) return -normalQuantile(1 - p);
  // Abramowitz and Stegun 26.2.23 as the starting point (error below 4.5e-4).
  const t = Math.sqrt(-2 * Math.log(p));
  let x = -(t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t));
  for (let iteration = 0; iteration < 6; iteration += 1) {
    const error = normalCdf(x) - p;
    const u = error / normalDensity(x);
    const step = u / (1 + 0.5 * x * u);
    x -= step;
    if (Math.abs(step) < 1e-15 * Math.max(1, Math.abs(x))) break;
  }
  return x;
}

/** Quantile q of the chi-squared distribution with one degree of freedom such that P(χ²₁ ≤ q) = level. */
export function chiSquaredOneQuantile(level: number): number {
  const z = normalQuantile(0.5 + level / 2);
  return z * z;
}

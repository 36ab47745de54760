// Seeded pseudo-random numbers for the bootstrap: xoshiro128** (Blackman and Vigna 2018), which
// needs only 32-bit integer arithmetic and so runs at full speed in JavaScript. Every bootstrap
// replicate gets its own stream derived from (seed, replicate index), so results do not depend on
// how replicates are shared between worker threads.

import { logFactorial } from './distributions';

const TWO_POW_MINUS_53 = 1 / 9007199254740992;

/** Finalisation mix of MurmurHash3: a bijection on 32-bit integers with full avalanche. */
function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A xoshiro128** generator. Not cryptographic; reproducible across platforms and Node versions. */
export class RandomStream {
  private s0 = 0;
  private s1 = 0;
  private s2 = 0;
  private s3 = 0;

  /** Starts the stream for replicate `index` of a run seeded with `seed` (both 32-bit unsigned integers). */
  constructor(seed: number, index = 0) {
    this.reseed(seed, index);
  }

  /** Restarts the stream for another (seed, index) pair without allocating. */
  reseed(seed: number, index: number): void {
    // splitmix-style expansion of the 64-bit key (seed, index) into 128 bits of state.
    let state = mix32(mix32(seed ^ 0x5bd1e995) ^ mix32(Math.imul(index >>> 0, 0x9e3779b9) + 0x7f4a7c15));
    const next = () => {
      state = (state + 0x9e3779b9) >>> 0;
      return mix32(state ^ Math.imul(index >>> 0, 0x632be5ab));
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1; // the all-zero state is a fixed point
  }

  /** Next 32-bit unsigned integer. */
  nextUint32(): number {
    const s1 = this.s1;
    const result = Math.imul(rotateLeft(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotateLeft(this.s3, 11);
    return result;
  }

  /** Uniform double in [0, 1) with 53 random bits. */
  nextDouble(): number {
    const high = this.nextUint32() >>> 5;
    const low = this.nextUint32() >>> 6;
    return (high * 67108864 + low) * TWO_POW_MINUS_53;
  }

  /** Uniform double in (0, 1), for logarithms. */
  nextOpenDouble(): number {
    let u = this.nextDouble();
    while (u === 0) u = this.nextDouble();
    return u;
  }
}

function rotateLeft(value: number, bits: number): number {
  return (value << bits) | (value >>> (32 - bits));
}

const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** log(k!) − [(k + ½) log(k + 1) − (k + 1) + ½ log 2π]: the Stirling remainder used by BTRD. */
function stirlingRemainder(k: number): number {
  if (k < 10) return logFactorial(k) - ((k + 0.5) * Math.log(k + 1) - (k + 1) + HALF_LOG_TWO_PI);
  const inverse = 1 / (k + 1);
  const inverseSquared = inverse * inverse;
  return (1 / 12 - (1 / 360 - inverseSquared / 1260) * inverseSquared) * inverse;
}

/**
 * Binomial(trials, probability) variate. Inversion (sequential search from 0) when the mean is
 * below 10; otherwise Hörmann's BTRD transformed-rejection method (1993), which is exact and
 * takes constant expected time.
 */
export function sampleBinomial(random: RandomStream, trials: number, probability: number): number {
  if (trials <= 0 || probability <= 0) return 0;
  if (probability >= 1) return trials;
  if (probability > 0.5) return trials - sampleBinomial(random, trials, 1 - probability);
  if (trials * probability < 10) return sampleBinomialByInversion(random, trials, probability);
  return sampleBinomialByTransformedRejection(random, trials, probability);
}

function sampleBinomialByInversion(random: RandomStream, trials: number, probability: number): number {
  const q = 1 - probability;
  const ratio = probability / q;
  const scaled = (trials + 1) * ratio;
  const start = Math.exp(trials * Math.log1p(-probability));
  for (;;) {
    let u = random.nextDouble();
    let mass = start;
    let k = 0;
    while (u > mass) {
      u -= mass;
      k += 1;
      if (k > trials) break; // rounding left a sliver of probability beyond n: draw again
      mass *= scaled / k - ratio;
    }
    if (k <= trials) return k;
  }
}

function sampleBinomialByTransformedRejection(random: RandomStream, n: number, p: number): number {
  const q = 1 - p;
  const mode = Math.floor((n + 1) * p);
  const r = p / q;
  const nr = (n + 1) * r;
  const npq = n * p * q;
  const spq = Math.sqrt(npq);
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const alpha = (2.83 + 5.1 / b) * spq;
  const vr = 0.92 - 4.2 / b;
  const urvr = 0.86 * vr;
  for (;;) {
    let v = random.nextDouble();
    let u: number;
    if (v <= urvr) {
      // Most draws land in the central box and are accepted without any test.
      u = v / vr - 0.43;
      return Math.floor(((2 * a) / (0.5 - Math.abs(u)) + b) * u + c);
    }
    if (v >= vr) {
      u = random.nextDouble() - 0.5;
    } else {
      u = v / vr - 0.93;
      u = Math.sign(u) * 0.5 - u;
      v = random.nextDouble() * vr;
    }
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    v = (v * alpha) / (a / (us * us) + b);
    const km = Math.abs(k - mode);
    if (km <= 15) {
      // Evaluate f(k)/f(mode) by the recursion of successive probability ratios.
      let f = 1;
      if (mode < k) {
        for (let i = mode + 1; i <= k; i += 1) f *= nr / i - r;
      } else if (mode > k) {
        for (let i = k + 1; i <= mode; i += 1) v *= nr / i - r;
      }
      if (v <= f) return k;
      continue;
    }
    // Squeeze with the normal approximation before the exact test.
    const logV = Math.log(v);
    const rho = (km / npq) * (((km / 3 + 0.625) * km + 1 / 6) / npq + 0.5);
    const t = (-km * km) / (2 * npq);
    if (logV < t - rho) return k;
    if (logV > t + rho) continue;
    const nm = n - mode + 1;
    const h = (mode + 0.5) * Math.log((mode + 1) / (r * nm)) + stirlingRemainder(mode) + stirlingRemainder(n - mode);
    const nk = n - k + 1;
    const bound = h + (n + 1) * Math.log(nm / nk) + (k + 0.5) * Math.log((nk * r) / (k + 1)) - stirlingRemainder(k) - stirlingRemainder(n - k);
    if (logV <= bound) return k;
  }
}

/**
 * Multinomial(total, weights) by successive conditional binomials. `weights` need not sum to 1;
 * `out` receives the counts (same length). `tailWeights` is scratch of the same length.
 */
export function sampleMultinomial(
  random: RandomStream,
  total: number,
  weights: ArrayLike<number>,
  out: Float64Array,
  tailWeights: Float64Array,
): void {
  const length = weights.length;
  // Suffix sums avoid the drift of repeatedly subtracting from a running remainder.
  let running = 0;
  for (let i = length - 1; i >= 0; i -= 1) {
    running += weights[i]!;
    tailWeights[i] = running;
  }
  let remaining = total;
  for (let i = 0; i < length; i += 1) {
    const weight = weights[i]!;
    if (remaining === 0 || weight <= 0) {
      out[i] = 0;
      continue;
    }
    const tail = tailWeights[i]!;
    const drawn = weight >= tail ? remaining : sampleBinomial(random, remaining, weight / tail);
    out[i] = drawn;
    remaining -= drawn;
  }
}

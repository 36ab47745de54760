// Brent's methods for one-dimensional problems: golden-section search with parabolic steps for a
// minimum, and the Dekker–Brent zero finder. Both are derivative-free and converge superlinearly
// on the smooth profile log-likelihood.

const GOLDEN = (3 - Math.sqrt(5)) / 2;
const SQRT_EPSILON = Math.sqrt(Number.EPSILON);

/** Location of the minimum of `f` on [lower, upper], to within `tolerance`. */
export function minimizeOnInterval(f: (x: number) => number, lower: number, upper: number, tolerance: number): number {
  let a = lower;
  let b = upper;
  let x = a + GOLDEN * (b - a);
  let w = x;
  let v = x;
  let fx = f(x);
  let fw = fx;
  let fv = fx;
  let d = 0;
  let e = 0;
  for (let iteration = 0; iteration < 500; iteration += 1) {
    const middle = 0.5 * (a + b);
    const tolerance1 = SQRT_EPSILON * Math.abs(x) + tolerance / 3;
    const tolerance2 = 2 * tolerance1;
    if (Math.abs(x - middle) <= tolerance2 - 0.5 * (b - a)) break;
    let useGolden = true;
    if (Math.abs(e) > tolerance1) {
      let r = (x - w) * (fx - fv);
      let q = (x - v) * (fx - fw);
      let p = (x - v) * q - (x - w) * r;
      q = 2 * (q - r);
      if (q > 0) p = -p;
      else q = -q;
      r = e;
      e = d;
      if (Math.abs(p) < Math.abs(0.5 * q * r) && p > q * (a - x) && p < q * (b - x)) {
        d = p / q;
        const u = x + d;
        if (u - a < tolerance2 || b - u < tolerance2) d = x < middle ? tolerance1 : -tolerance1;
        useGolden = false;
      }
    }
    if (useGolden) {
      e = x < middle ? b - x : a - x;
      d = GOLDEN * e;
    }
    const u = x + (Math.abs(d) >= tolerance1 ? d : d > 0 ? tolerance1 : -tolerance1);
    const fu = f(u);
    if (fu <= fx) {
      if (u < x) b = x;
      else a = x;
      v = w;
      fv = fw;
      w = x;
      fw = fx;
      x = u;
      fx = fu;
    } else {
      if (u < x) a = u;
      else b = u;
      if (fu <= fw || w === x) {
        v = w;
        fv = fw;
        w = u;
        fw = fu;
      } else if (fu <= fv || v === x || v === w) {
        v = u;
        fv = fu;
      }
    }
  }
  return x;
}

/**
 * A zero of `f` in [lower, upper], where f(lower) and f(upper) have opposite signs (the caller
 * checks), to within `tolerance`.
 */
export function findRoot(f: (x: number) => number, lower: number, upper: number, tolerance: number): number {
  let a = lower;
  let b = upper;
  let fa = f(a);
  let fb = f(b);
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let iteration = 0; iteration < 500; iteration += 1) {
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tolerance1 = 2 * Number.EPSILON * Math.abs(b) + 0.5 * tolerance;
    const middle = 0.5 * (c - b);
    if (Math.abs(middle) <= tolerance1 || fb === 0) return b;
    if (Math.abs(e) >= tolerance1 && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * middle * s;
        q = 1 - s;
      } else {
        const qa = fa / fc;
        const r = fb / fc;
        p = s * (2 * middle * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < Math.min(3 * middle * q - Math.abs(tolerance1 * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = middle;
        e = d;
      }
    } else {
      d = middle;
      e = d;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tolerance1 ? d : middle > 0 ? tolerance1 : -tolerance1;
    fb = f(b);
  }
  return b;
}

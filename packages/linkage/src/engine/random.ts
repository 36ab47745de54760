/**
 * A small seeded pseudo-random generator (mulberry32): fast, 32-bit state, and identical on every
 * platform, so a seed reproduces a sample exactly. Returns floats in [0, 1).
 */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Derives an independent seed for a numbered sub-task from a job seed. */
export function deriveSeed(seed: number, index: number): number {
  let hash = Math.imul((seed ^ 0x9e3779b9) >>> 0, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x7feb352d);
  hash ^= hash >>> 15;
  return hash >>> 0;
}

/** A deterministic value in [0, 1) for a pair of records, for sampling pairs evenly without state. */
export function pairHash(a: number, b: number, seed: number): number {
  let hash = Math.imul(a ^ seed, 0x9e3779b1) ^ Math.imul(b + 0x632be5ab, 0x85ebca77);
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x2c1b3c6d);
  hash ^= hash >>> 12;
  hash = Math.imul(hash, 0x297a2d39);
  hash ^= hash >>> 15;
  return (hash >>> 0) / 4294967296;
}

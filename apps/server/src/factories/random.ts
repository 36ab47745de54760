import { createRandom as createUniform } from '@ctip/linkage';

/** A seeded pseudo-random source, so factories build the same graph for the same seed. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True with the given probability. */
  chance(probability: number): boolean;
}

/** The engine's seeded generator (mulberry32: good enough for synthetic data, not for secrets), with helpers. */
export function createRandom(seed: number): Random {
  const next = createUniform(seed);
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (probability) => next() < probability,
  };
}

// Hierarchical log-linear models: every interaction's lower-order interactions are also in the
// model (main effects always are). A model is the list of its interaction terms (bit masks).

import { EstimationError } from './estimation-error';
import { compareTerms, countBits } from './lattice';

/** All interaction terms (two lists or more) up to `maxOrder` lists, in {@link compareTerms} order. */
export function listInteractionTerms(listCount: number, maxOrder: number): number[] {
  const terms: number[] = [];
  for (let mask = 1; mask < 1 << listCount; mask += 1) {
    const size = countBits(mask);
    if (size >= 2 && size <= maxOrder) terms.push(mask);
  }
  return terms.sort(compareTerms);
}

/** True when every (size − 1)-list subset of `term` with two or more lists is in `included`. */
function hasAllParents(term: number, included: ReadonlySet<number>): boolean {
  if (countBits(term) <= 2) return true;
  for (let rest = term; rest !== 0; rest &= rest - 1) {
    const parent = term & ~(rest & -rest);
    if (!included.has(parent)) return false;
  }
  return true;
}

/**
 * Every hierarchical model with interactions of at most `maxOrder` lists (the main-effects model
 * first). For 4 lists and order 3 there are 113; for 5 lists and order 4, 6,893; for 6 lists and
 * order 2, 32,768.
 * @throws EstimationError TOO_MANY_MODELS when there would be more than `limit`.
 */
export function enumerateHierarchicalModels(listCount: number, maxOrder: number, limit = 200_000): number[][] {
  const terms = listInteractionTerms(listCount, maxOrder);
  const models: number[][] = [];
  const included = new Set<number>();
  const chosen: number[] = [];
  const visit = (position: number): void => {
    if (position === terms.length) {
      if (models.length >= limit) {
        throw new EstimationError(
          'TOO_MANY_MODELS',
          `There are more than ${limit.toLocaleString('en')} hierarchical models of ${listCount} lists up to order ${maxOrder}; lower the maximum order or use the downhill search.`,
          { listCount, maxOrder, limit },
        );
      }
      models.push([...chosen]);
      return;
    }
    const term = terms[position]!;
    visit(position + 1);
    if (hasAllParents(term, included)) {
      included.add(term);
      chosen.push(term);
      visit(position + 1);
      chosen.pop();
      included.delete(term);
    }
  };
  visit(0);
  return models;
}

/** The generators of a hierarchical model: its terms that are not contained in another of its terms. */
export function findGenerators(interactions: readonly number[], listCount: number): number[] {
  const generators: number[] = [];
  for (const term of interactions) {
    if (!interactions.some((other) => other !== term && (other & term) === term)) generators.push(term);
  }
  // Lists in no interaction appear as their own main-effect generator.
  let covered = 0;
  for (const term of interactions) covered |= term;
  for (let list = 0; list < listCount; list += 1) if (((covered >>> list) & 1) === 0) generators.push(1 << list);
  return generators.sort((left, right) => compareTerms(right, left));
}

/** A canonical key for a model (sorted terms), for sets of models already seen. */
export function modelKey(interactions: readonly number[]): string {
  return [...interactions].sort((left, right) => left - right).join(',');
}

/**
 * Neighbours of a hierarchical model (Silverman, Chan and Vincent 2024): remove one interaction
 * generator (inner), or add one term of at most `maxOrder` lists all of whose subsets are in the
 * model (outer). Inner neighbours come first.
 */
export function findNeighbourModels(interactions: readonly number[], listCount: number, maxOrder: number): number[][] {
  const present = new Set(interactions);
  const neighbours: number[][] = [];
  for (const generator of findGenerators(interactions, listCount)) {
    if (countBits(generator) < 2) continue;
    neighbours.push(interactions.filter((term) => term !== generator));
  }
  for (const term of listInteractionTerms(listCount, maxOrder)) {
    if (present.has(term) || !hasAllParents(term, present)) continue;
    neighbours.push([...interactions, term].sort(compareTerms));
  }
  return neighbours;
}

import { EstimationError } from './estimation-error';
import { compareTerms, countBits } from './lattice';

/**
 * Converts interactions given by list names (["LA", "NG"] or "LA:NG") into bit masks, sorted and
 * without repeats.
 * @throws EstimationError INVALID_MODEL for an unknown list or a term with fewer than two lists.
 */
export function parseInteractionTerms(listNames: readonly string[], interactions: ReadonlyArray<readonly string[] | string>): number[] {
  const masks = new Set<number>();
  for (const interaction of interactions) {
    const names = typeof interaction === 'string' ? interaction.split(':').map((name) => name.trim()) : [...interaction];
    let mask = 0;
    for (const name of names) {
      const index = listNames.indexOf(name);
      if (index < 0) throw new EstimationError('INVALID_MODEL', `The model names "${name}", which is not one of the lists (${listNames.join(', ')}).`, { list: name });
      mask |= 1 << index;
    }
    if (countBits(mask) < 2) {
      throw new EstimationError('INVALID_MODEL', `An interaction needs at least two different lists; "${names.join(':')}" has ${countBits(mask)}.`, { term: names.join(':') });
    }
    masks.add(mask);
  }
  return [...masks].sort(compareTerms);
}

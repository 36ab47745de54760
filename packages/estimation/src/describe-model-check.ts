import { nameCell, nameTerm } from './lattice';
import type { ModelCheckOutcome } from './model-check';
import type { PreparedModel } from './prepared-model';

/**
 * Plain-language account of a model check: which condition failed and why, naming the terms
 * fixed at −∞ and the cells the likelihood would push to zero.
 */
export function describeModelCheck(outcome: ModelCheckOutcome, prepared: PreparedModel, listNames: readonly string[]): string {
  const parts: string[] = [];
  const minusInfinity = prepared.minusInfinityMasks.filter((mask) => !prepared.emptyListMasks.includes(mask));
  const fixedNote =
    minusInfinity.length > 0
      ? ` (${minusInfinity.map((mask) => nameTerm(mask, listNames)).join(', ')} ${minusInfinity.length === 1 ? 'has' : 'have'} no one in common and ${minusInfinity.length === 1 ? 'is' : 'are'} fixed at −∞)`
      : '';
  if (outcome.code === 0) return `The maximum-likelihood estimate exists and is identifiable${fixedNote}.`;
  if (!outcome.exists) {
    if (outcome.emptyListMasks.length > 0) {
      parts.push(`The maximum-likelihood estimate does not exist: no one is on ${outcome.emptyListMasks.map((mask) => `"${nameTerm(mask, listNames)}"`).join(', ')}.`);
    } else {
      const cells = outcome.cellsForcedToZero.slice(0, 6).map((cell) => nameCell(cell, listNames));
      const more = outcome.cellsForcedToZero.length > cells.length ? ', …' : '';
      parts.push(
        `The maximum-likelihood estimate does not exist (Fienberg–Rinaldo linear-programming test): the observed margins lie on the boundary, so the fit would push the expected numbers of people seen on ${cells.join(', ')}${more} to zero${
          outcome.isHiddenFigureUnbounded ? ' and the hidden number to infinity' : ''
        }.`,
      );
    }
  }
  if (!outcome.identifiable) {
    const fittedCells = prepared.layout.isCellFitted.reduce((sum, flag) => sum + flag, 0);
    parts.push(
      `The model is not identifiable: its ${prepared.layout.parameterCount} estimated parameters are not all determined by the ${fittedCells} capture patterns that remain${fixedNote} (rank deficiency ${outcome.rankDeficiency}).`,
    );
  }
  return parts.join(' ');
}

// Existence and identifiability of the maximum-likelihood estimate (Fienberg and Rinaldo 2012;
// Chan, Silverman and Vincent 2021). After terms with no cases are fixed at −∞:
//  - identifiable: the design matrix on the fitted cells has full column rank;
//  - exists: there is no direction d with Xd = 0 on the cells with positive counts and Xd ≤ 0,
//    not all zero, on the fitted cells with zero counts. (Otherwise the likelihood keeps rising
//    along d and some fitted counts go to zero.) This is the dual of the Fienberg–Rinaldo linear
//    program "is there μ > 0 with Xᵀμ = Xᵀy"; we solve it in the null space of the positive-cell
//    design, which is usually trivial, so the linear program is only built when it is needed.

import { factorCholesky, findNullSpace } from './dense-linear-algebra';
import { sumOverSubsets, sumOverSupersets } from './lattice';
import { solveLinearProgram, type LinearConstraint } from './linear-program';
import type { ModelLayout, PoissonFitter } from './poisson-fitter';
import type { PreparedModel } from './prepared-model';

/** 0 fine, 1 the MLE does not exist, 2 not identifiable, 3 both (the codes of Chan, Silverman and Vincent). */
export type ModelCheckCode = 0 | 1 | 2 | 3;

/** What the check found, in numbers; {@link describeModelCheck} turns it into words. */
export interface ModelCheckOutcome {
  code: ModelCheckCode;
  exists: boolean;
  identifiable: boolean;
  /** Number of estimated parameters minus the rank of the design on the fitted cells. */
  rankDeficiency: number;
  /** Lists with no case, when the check does not allow their main effect at −∞. */
  emptyListMasks: number[];
  /** Cells with zero counts that the likelihood pushes to zero (non-empty when the MLE does not exist). */
  cellsForcedToZero: number[];
  /** True when along the escape direction the intercept (hence the hidden figure) grows without bound. */
  isHiddenFigureUnbounded: boolean;
}

const LINEAR_PROGRAM_TOLERANCE = 1e-7;

/**
 * Checks the prepared model against the data loaded in `fitter`. With `allowEmptyLists` false (the
 * CSV 2021 convention) a list with no case makes the estimate not exist, as the R check does;
 * with true (SCV 2024) its main effect is simply at −∞.
 */
export function checkPreparedModel(fitter: PoissonFitter, prepared: PreparedModel, allowEmptyLists: boolean): ModelCheckOutcome {
  const { layout } = prepared;
  const p = layout.parameterCount;
  const rankDeficiency = findRankDeficiency(fitter, layout.parameterMasks, p, layout.isCellFitted, false);
  const emptyListMasks = allowEmptyLists ? [] : [...prepared.emptyListMasks];
  const escape = findEscapeDirection(fitter, layout);
  const exists = emptyListMasks.length === 0 && escape === null;
  const identifiable = rankDeficiency === 0;
  const code = ((exists ? 0 : 1) + (identifiable ? 0 : 2)) as ModelCheckCode;
  return {
    code,
    exists,
    identifiable,
    rankDeficiency,
    emptyListMasks,
    cellsForcedToZero: escape?.cellsForcedToZero ?? [],
    isHiddenFigureUnbounded: escape?.isInterceptIncreasing ?? false,
  };
}

/** p − rank of the design on the fitted cells (or on the fitted cells with positive counts). */
export function findRankDeficiency(
  fitter: PoissonFitter,
  parameterMasks: Int32Array,
  p: number,
  isCellFitted: Uint8Array,
  positiveOnly: boolean,
): number {
  const gram = buildGram(fitter, parameterMasks, p, isCellFitted, positiveOnly);
  if (factorCholesky(Float64Array.from(gram), p, 1e-10)) return 0;
  return p - findNullSpace(gram, p, p).rank;
}

/** XᵀX over the selected cells: entry (i, j) counts the selected cells containing both terms. */
export function buildGram(
  fitter: PoissonFitter,
  parameterMasks: Int32Array,
  p: number,
  isCellFitted: Uint8Array,
  positiveOnly: boolean,
): Float64Array {
  const { cellCount, counts, listCount } = fitter;
  const cellsAbove = new Float64Array(cellCount);
  for (let cell = 1; cell < cellCount; cell += 1) {
    if (isCellFitted[cell] !== 0 && (!positiveOnly || counts[cell]! > 0)) cellsAbove[cell] = 1;
  }
  sumOverSupersets(cellsAbove, listCount);
  const gram = new Float64Array(p * p);
  for (let i = 0; i < p; i += 1) {
    for (let j = 0; j < p; j += 1) gram[i * p + j] = cellsAbove[parameterMasks[i]! | parameterMasks[j]!]!;
  }
  return gram;
}

/** A direction along which the likelihood keeps increasing, described by its effect on the cells. */
export interface EscapeDirection {
  cellsForcedToZero: number[];
  isInterceptIncreasing: boolean;
}

/**
 * Looks for a direction d (in parameter space) with Xd = 0 on positive cells and Xd ≤ 0, not all
 * zero, on the fitted zero cells. Returns null when there is none, i.e. when the MLE exists.
 */
export function findEscapeDirection(fitter: PoissonFitter, layout: ModelLayout): EscapeDirection | null {
  const { parameterMasks, parameterCount: p, isCellFitted } = layout;
  const { cellCount, counts, listCount } = fitter;
  const positiveGram = buildGram(fitter, parameterMasks, p, isCellFitted, true);
  // Usual case: the positive cells alone pin down every parameter, so no escape direction exists.
  if (factorCholesky(Float64Array.from(positiveGram), p, 1e-10)) return null;
  const nullSpace = findNullSpace(positiveGram, p, p);
  const k = nullSpace.dimension;
  // Row of the reduced problem for each fitted zero cell: (X N)[cell], via one subset sum per basis vector.
  const zeroCells: number[] = [];
  for (let cell = 1; cell < cellCount; cell += 1) if (isCellFitted[cell] !== 0 && counts[cell] === 0) zeroCells.push(cell);
  const rowsByCell = new Float64Array(zeroCells.length * k);
  const lattice = new Float64Array(cellCount);
  for (let j = 0; j < k; j += 1) {
    lattice.fill(0);
    for (let i = 0; i < p; i += 1) lattice[parameterMasks[i]!] = nullSpace.basis[i * k + j]!;
    sumOverSubsets(lattice, listCount);
    zeroCells.forEach((cell, row) => {
      rowsByCell[row * k + j] = lattice[cell]!;
    });
  }
  // Keep distinct non-zero rows; zero rows are cells the null space cannot move.
  const distinctRows: Float64Array[] = [];
  const seen = new Set<string>();
  for (let row = 0; row < zeroCells.length; row += 1) {
    const values = rowsByCell.subarray(row * k, row * k + k);
    let largest = 0;
    for (const value of values) largest = Math.max(largest, Math.abs(value));
    if (largest < 1e-9) continue;
    const key = Array.from(values, (value) => Math.round(value * 1e8)).join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    distinctRows.push(Float64Array.from(values));
  }
  if (distinctRows.length === 0) return null;
  // maximise Σ −(A z)_r subject to −1 ≤ (A z)_r ≤ 0, with z = u − v and u, v ≥ 0.
  const constraints: LinearConstraint[] = [];
  const objective = new Float64Array(2 * k);
  for (const row of distinctRows) {
    const coefficients = new Float64Array(2 * k);
    for (let j = 0; j < k; j += 1) {
      coefficients[j] = row[j]!;
      coefficients[k + j] = -row[j]!;
      objective[j] = objective[j]! - row[j]!;
      objective[k + j] = objective[k + j]! + row[j]!;
    }
    constraints.push({ coefficients, relation: '<=', rhs: 0 });
    constraints.push({ coefficients: coefficients.map((value) => -value), relation: '<=', rhs: 1 });
  }
  const result = solveLinearProgram({ variableCount: 2 * k, objective, constraints });
  if (result.status !== 'optimal' || result.value <= LINEAR_PROGRAM_TOLERANCE) return null;
  const direction = new Float64Array(p);
  for (let i = 0; i < p; i += 1) {
    let value = 0;
    for (let j = 0; j < k; j += 1) value += nullSpace.basis[i * k + j]! * (result.solution[j]! - result.solution[k + j]!);
    direction[i] = value;
  }
  lattice.fill(0);
  for (let i = 0; i < p; i += 1) lattice[parameterMasks[i]!] = direction[i]!;
  sumOverSubsets(lattice, listCount);
  const cellsForcedToZero = zeroCells.filter((cell) => lattice[cell]! < -1e-7);
  return { cellsForcedToZero, isInterceptIncreasing: direction[0]! > 1e-7 };
}

/**
 * The Fienberg–Rinaldo linear program in its original form — maximise s subject to Xᵀμ = Xᵀy and
 * μ ≥ s on every fitted cell — whose optimum is 0 exactly when the MLE does not exist. Slower
 * than {@link checkPreparedModel}; kept to cross-check it.
 */
export function doesEstimateExistByFullLinearProgram(fitter: PoissonFitter, prepared: PreparedModel): boolean {
  const { parameterMasks, parameterCount: p, isCellFitted } = prepared.layout;
  const cells: number[] = [];
  for (let cell = 1; cell < fitter.cellCount; cell += 1) if (isCellFitted[cell] !== 0) cells.push(cell);
  const variableCount = cells.length + 1;
  const constraints: LinearConstraint[] = [];
  for (let i = 0; i < p; i += 1) {
    const mask = parameterMasks[i]!;
    const coefficients = new Float64Array(variableCount);
    cells.forEach((cell, column) => {
      if ((cell & mask) === mask) coefficients[column] = 1;
    });
    constraints.push({ coefficients, relation: '=', rhs: fitter.margins[mask]! });
  }
  cells.forEach((_cell, column) => {
    const coefficients = new Float64Array(variableCount);
    coefficients[column] = 1;
    coefficients[variableCount - 1] = -1;
    constraints.push({ coefficients, relation: '>=', rhs: 0 });
  });
  const cap = new Float64Array(variableCount);
  cap[variableCount - 1] = 1;
  constraints.push({ coefficients: cap, relation: '<=', rhs: 1 });
  const objective = new Float64Array(variableCount);
  objective[variableCount - 1] = 1;
  const result = solveLinearProgram({ variableCount, objective, constraints });
  return result.status === 'optimal' && result.value > LINEAR_PROGRAM_TOLERANCE;
}

// A small dense two-phase simplex method with Bland's rule. Bland's rule (lowest-index entering
// and leaving variables) cannot cycle, which matters here: the existence tests produce highly
// degenerate programs (many right-hand sides are zero). Problems are small (tens to a few
// hundred rows), so a dense tableau is simplest and fast enough.

/** One constraint: coefficients · x (relation) rhs. */
export interface LinearConstraint {
  coefficients: ArrayLike<number>;
  relation: '<=' | '>=' | '=';
  rhs: number;
}

/** maximise objective · x subject to the constraints and x ≥ 0. */
export interface LinearProgram {
  variableCount: number;
  objective: ArrayLike<number>;
  constraints: readonly LinearConstraint[];
}

/** The outcome of {@link solveLinearProgram}. */
export type LinearProgramResult =
  | { status: 'optimal'; value: number; solution: Float64Array }
  | { status: 'infeasible' }
  | { status: 'unbounded' };

const EPSILON = 1e-9;
const MAXIMUM_PIVOTS = 100000;

/** Solves a linear program exactly up to floating-point tolerance 1e-9. Never throws for valid input. */
export function solveLinearProgram(program: LinearProgram): LinearProgramResult {
  const { variableCount, constraints } = program;
  const rowCount = constraints.length;
  let slackCount = 0;
  let artificialCount = 0;
  const relations: Array<'<=' | '>=' | '='> = [];
  const signs: number[] = [];
  for (const constraint of constraints) {
    // Make every right-hand side non-negative so that the starting basis is feasible.
    const sign = constraint.rhs < 0 ? -1 : 1;
    const relation = sign > 0 ? constraint.relation : flip(constraint.relation);
    relations.push(relation);
    signs.push(sign);
    if (relation !== '=') slackCount += 1;
    if (relation !== '<=') artificialCount += 1;
  }
  const firstSlack = variableCount;
  const firstArtificial = variableCount + slackCount;
  const columnCount = firstArtificial + artificialCount;
  const width = columnCount + 1; // last column holds the right-hand side
  const tableau = new Float64Array(rowCount * width);
  const basis = new Int32Array(rowCount);
  let nextSlack = firstSlack;
  let nextArtificial = firstArtificial;
  constraints.forEach((constraint, row) => {
    const sign = signs[row]!;
    const offset = row * width;
    for (let j = 0; j < variableCount; j += 1) tableau[offset + j] = sign * (constraint.coefficients[j] ?? 0);
    tableau[offset + columnCount] = sign * constraint.rhs;
    const relation = relations[row]!;
    if (relation === '<=') {
      tableau[offset + nextSlack] = 1;
      basis[row] = nextSlack;
      nextSlack += 1;
    } else {
      if (relation === '>=') {
        tableau[offset + nextSlack] = -1;
        nextSlack += 1;
      }
      tableau[offset + nextArtificial] = 1;
      basis[row] = nextArtificial;
      nextArtificial += 1;
    }
  });

  const costs = new Float64Array(columnCount);
  if (artificialCount > 0) {
    // Phase 1: maximise −(sum of artificial variables).
    for (let j = firstArtificial; j < columnCount; j += 1) costs[j] = -1;
    const outcome = runSimplex(tableau, basis, costs, rowCount, width, columnCount);
    if (outcome !== 'optimal') return { status: 'infeasible' };
    let infeasibility = 0;
    for (let row = 0; row < rowCount; row += 1) {
      if (basis[row]! >= firstArtificial) infeasibility += tableau[row * width + columnCount]!;
    }
    if (infeasibility > EPSILON * Math.max(1, maxAbsoluteRhs(constraints))) return { status: 'infeasible' };
    driveArtificialsOut(tableau, basis, rowCount, width, firstArtificial);
  }
  // Phase 2 on the original objective; artificial columns are barred from entering.
  costs.fill(0);
  for (let j = 0; j < variableCount; j += 1) costs[j] = program.objective[j] ?? 0;
  const outcome = runSimplex(tableau, basis, costs, rowCount, width, firstArtificial);
  if (outcome === 'unbounded') return { status: 'unbounded' };
  const solution = new Float64Array(variableCount);
  let value = 0;
  for (let row = 0; row < rowCount; row += 1) {
    const variable = basis[row]!;
    if (variable < variableCount) solution[variable] = tableau[row * width + columnCount]!;
  }
  for (let j = 0; j < variableCount; j += 1) value += (program.objective[j] ?? 0) * solution[j]!;
  return { status: 'optimal', value, solution };
}

function flip(relation: '<=' | '>=' | '='): '<=' | '>=' | '=' {
  if (relation === '<=') return '>=';
  if (relation === '>=') return '<=';
  return '=';
}

function maxAbsoluteRhs(constraints: readonly LinearConstraint[]): number {
  let largest = 0;
  for (const constraint of constraints) largest = Math.max(largest, Math.abs(constraint.rhs));
  return largest;
}

/**
 * Primal simplex with Bland's rule on a feasible tableau. Only columns below `enterableColumns`
 * may enter the basis. Returns 'optimal' or 'unbounded'.
 */
function runSimplex(
  tableau: Float64Array,
  basis: Int32Array,
  costs: Float64Array,
  rowCount: number,
  width: number,
  enterableColumns: number,
): 'optimal' | 'unbounded' {
  const rhsColumn = width - 1;
  const reducedCosts = new Float64Array(enterableColumns);
  for (let pivots = 0; pivots < MAXIMUM_PIVOTS; pivots += 1) {
    // Reduced cost of column j: c_B · B⁻¹A_j − c_j; a negative value can improve the objective.
    let entering = -1;
    for (let j = 0; j < enterableColumns; j += 1) {
      let value = -costs[j]!;
      for (let row = 0; row < rowCount; row += 1) {
        const basicCost = costs[basis[row]!]!;
        if (basicCost !== 0) value += basicCost * tableau[row * width + j]!;
      }
      reducedCosts[j] = value;
      if (value < -EPSILON) {
        entering = j;
        break;
      }
    }
    if (entering < 0) return 'optimal';
    let leaving = -1;
    let bestRatio = Number.POSITIVE_INFINITY;
    for (let row = 0; row < rowCount; row += 1) {
      const coefficient = tableau[row * width + entering]!;
      if (coefficient <= EPSILON) continue;
      const ratio = tableau[row * width + rhsColumn]! / coefficient;
      if (ratio < bestRatio - EPSILON || (Math.abs(ratio - bestRatio) <= EPSILON && basis[row]! < basis[leaving]!)) {
        bestRatio = ratio;
        leaving = row;
      }
    }
    if (leaving < 0) return 'unbounded';
    pivot(tableau, basis, rowCount, width, leaving, entering);
  }
  return 'optimal';
}

function pivot(tableau: Float64Array, basis: Int32Array, rowCount: number, width: number, pivotRow: number, pivotColumn: number): void {
  const rowOffset = pivotRow * width;
  const pivotValue = tableau[rowOffset + pivotColumn]!;
  for (let k = 0; k < width; k += 1) tableau[rowOffset + k]! /= pivotValue;
  for (let row = 0; row < rowCount; row += 1) {
    if (row === pivotRow) continue;
    const offset = row * width;
    const factor = tableau[offset + pivotColumn]!;
    if (factor === 0) continue;
    for (let k = 0; k < width; k += 1) tableau[offset + k]! -= factor * tableau[rowOffset + k]!;
    tableau[offset + pivotColumn] = 0;
  }
  basis[pivotRow] = pivotColumn;
}

/** After phase 1, replaces artificial basic variables (all at level 0) by real columns where possible. */
function driveArtificialsOut(tableau: Float64Array, basis: Int32Array, rowCount: number, width: number, firstArtificial: number): void {
  for (let row = 0; row < rowCount; row += 1) {
    if (basis[row]! < firstArtificial) continue;
    for (let j = 0; j < firstArtificial; j += 1) {
      if (Math.abs(tableau[row * width + j]!) > EPSILON) {
        pivot(tableau, basis, rowCount, width, row, j);
        break;
      }
    }
    // A row with no real column left is redundant; its artificial stays basic at level 0.
  }
}

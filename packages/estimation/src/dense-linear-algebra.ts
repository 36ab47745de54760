// Small dense linear algebra on row-major Float64Arrays: Cholesky factorisation and solves for the
// Newton steps, and row reduction for ranks and null spaces in the existence checks. Sizes are
// at most the number of model parameters, so plain O(p³) loops are the right tool.

/**
 * In place: replaces the lower triangle of the symmetric positive definite `matrix` (p × p) by its
 * Cholesky factor L with matrix = L Lᵀ. Returns false, leaving the matrix partly overwritten, when a
 * pivot falls below `relativeTolerance` times the largest diagonal entry (not positive definite).
 */
export function factorCholesky(matrix: Float64Array, p: number, relativeTolerance = 1e-13): boolean {
  let largestDiagonal = 0;
  for (let i = 0; i < p; i += 1) largestDiagonal = Math.max(largestDiagonal, matrix[i * p + i]!);
  const floor = relativeTolerance * largestDiagonal;
  for (let j = 0; j < p; j += 1) {
    const rowJ = j * p;
    let diagonal = matrix[rowJ + j]!;
    for (let k = 0; k < j; k += 1) diagonal -= matrix[rowJ + k]! * matrix[rowJ + k]!;
    if (!(diagonal > floor)) return false;
    const pivot = Math.sqrt(diagonal);
    matrix[rowJ + j] = pivot;
    const inversePivot = 1 / pivot;
    for (let i = j + 1; i < p; i += 1) {
      const rowI = i * p;
      let value = matrix[rowI + j]!;
      for (let k = 0; k < j; k += 1) value -= matrix[rowI + k]! * matrix[rowJ + k]!;
      matrix[rowI + j] = value * inversePivot;
    }
  }
  return true;
}

/** In place: solves L Lᵀ x = rhs for x, given the factor from {@link factorCholesky}. */
export function solveCholesky(factor: Float64Array, p: number, rhs: Float64Array): void {
  for (let i = 0; i < p; i += 1) {
    const row = i * p;
    let value = rhs[i]!;
    for (let k = 0; k < i; k += 1) value -= factor[row + k]! * rhs[k]!;
    rhs[i] = value / factor[row + i]!;
  }
  for (let i = p - 1; i >= 0; i -= 1) {
    let value = rhs[i]!;
    for (let k = i + 1; k < p; k += 1) value -= factor[k * p + i]! * rhs[k]!;
    rhs[i] = value / factor[i * p + i]!;
  }
}

/** The (index, index) entry of (L Lᵀ)⁻¹, using `scratch` (length ≥ p). */
export function inverseDiagonalEntry(factor: Float64Array, p: number, index: number, scratch: Float64Array): number {
  // e_indexᵀ (L Lᵀ)⁻¹ e_index = ‖L⁻¹ e_index‖²; forward substitution only.
  let sum = 0;
  for (let i = 0; i < p; i += 1) {
    if (i < index) {
      scratch[i] = 0;
      continue;
    }
    const row = i * p;
    let value = i === index ? 1 : 0;
    for (let k = index; k < i; k += 1) value -= factor[row + k]! * scratch[k]!;
    const entry = value / factor[row + i]!;
    scratch[i] = entry;
    sum += entry * entry;
  }
  return sum;
}

/** Result of {@link reduceRows}: the rank and the pivot column of each of the first `rank` rows. */
export interface RowReduction {
  rank: number;
  pivotColumns: number[];
}

/**
 * In place: brings `matrix` (rows × columns, row-major) to reduced row echelon form by Gauss–Jordan
 * elimination with partial pivoting; entries below `tolerance` (relative to the largest entry) count
 * as zero.
 */
export function reduceRows(matrix: Float64Array, rows: number, columns: number, tolerance = 1e-9): RowReduction {
  let largest = 0;
  for (let i = 0; i < rows * columns; i += 1) largest = Math.max(largest, Math.abs(matrix[i]!));
  const threshold = tolerance * Math.max(largest, 1);
  const pivotColumns: number[] = [];
  let rank = 0;
  for (let column = 0; column < columns && rank < rows; column += 1) {
    let best = rank;
    let bestValue = Math.abs(matrix[rank * columns + column]!);
    for (let row = rank + 1; row < rows; row += 1) {
      const value = Math.abs(matrix[row * columns + column]!);
      if (value > bestValue) {
        best = row;
        bestValue = value;
      }
    }
    if (bestValue <= threshold) {
      for (let row = rank; row < rows; row += 1) matrix[row * columns + column] = 0;
      continue;
    }
    if (best !== rank) {
      for (let k = 0; k < columns; k += 1) {
        const swap = matrix[rank * columns + k]!;
        matrix[rank * columns + k] = matrix[best * columns + k]!;
        matrix[best * columns + k] = swap;
      }
    }
    const pivot = matrix[rank * columns + column]!;
    for (let k = column; k < columns; k += 1) matrix[rank * columns + k]! /= pivot;
    for (let row = 0; row < rows; row += 1) {
      if (row === rank) continue;
      const factor = matrix[row * columns + column]!;
      if (factor === 0) continue;
      for (let k = column; k < columns; k += 1) matrix[row * columns + k]! -= factor * matrix[rank * columns + k]!;
      matrix[row * columns + column] = 0;
    }
    pivotColumns.push(column);
    rank += 1;
  }
  return { rank, pivotColumns };
}

/** A basis of the null space of a matrix, as `dimension` column vectors stored row-major (columns × dimension). */
export interface NullSpace {
  rank: number;
  /** Columns that are not combinations of earlier ones (a maximal independent set, leftmost first). */
  pivotColumns: number[];
  dimension: number;
  basis: Float64Array;
}

/** Null space of `matrix` (rows × columns, row-major; not modified). */
export function findNullSpace(matrix: Float64Array, rows: number, columns: number): NullSpace {
  const reduced = Float64Array.from(matrix.subarray(0, rows * columns));
  const { rank, pivotColumns } = reduceRows(reduced, rows, columns);
  const isPivot = new Uint8Array(columns);
  for (const column of pivotColumns) isPivot[column] = 1;
  const freeColumns: number[] = [];
  for (let column = 0; column < columns; column += 1) if (!isPivot[column]) freeColumns.push(column);
  const dimension = freeColumns.length;
  const basis = new Float64Array(columns * dimension);
  freeColumns.forEach((free, j) => {
    basis[free * dimension + j] = 1;
    // Each pivot variable equals minus its row's entry in the free column.
    pivotColumns.forEach((pivotColumn, row) => {
      basis[pivotColumn * dimension + j] = -reduced[row * columns + free]!;
    });
  });
  return { rank, pivotColumns, dimension, basis };
}

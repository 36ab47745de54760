import { describe, expect, it } from 'vitest';
import { solveLinearProgram } from './linear-program';

describe('solveLinearProgram', () => {
  it('solves a textbook problem', () => {
    // max 3x + 5y, x ≤ 4, 2y ≤ 12, 3x + 2y ≤ 18 → 36 at (2, 6).
    const result = solveLinearProgram({
      variableCount: 2,
      objective: [3, 5],
      constraints: [
        { coefficients: [1, 0], relation: '<=', rhs: 4 },
        { coefficients: [0, 2], relation: '<=', rhs: 12 },
        { coefficients: [3, 2], relation: '<=', rhs: 18 },
      ],
    });
    expect(result.status).toBe('optimal');
    if (result.status !== 'optimal') return;
    expect(result.value).toBeCloseTo(36, 9);
    expect(Array.from(result.solution)).toEqual([expect.closeTo(2, 9), expect.closeTo(6, 9)]);
  });

  it('handles equality and ≥ constraints (two phases)', () => {
    // max x + y, x + 2y = 4, x ≥ 1, y ≥ 0.5 → x = 3, y = 0.5.
    const result = solveLinearProgram({
      variableCount: 2,
      objective: [1, 1],
      constraints: [
        { coefficients: [1, 2], relation: '=', rhs: 4 },
        { coefficients: [1, 0], relation: '>=', rhs: 1 },
        { coefficients: [0, 1], relation: '>=', rhs: 0.5 },
      ],
    });
    expect(result.status === 'optimal' && result.value).toBeCloseTo(3.5, 9);
  });

  it('does not cycle on Beale\'s degenerate example (Bland\'s rule)', () => {
    const result = solveLinearProgram({
      variableCount: 4,
      objective: [0.75, -20, 0.5, -6],
      constraints: [
        { coefficients: [0.25, -8, -1, 9], relation: '<=', rhs: 0 },
        { coefficients: [0.5, -12, -0.5, 3], relation: '<=', rhs: 0 },
        { coefficients: [0, 0, 1, 0], relation: '<=', rhs: 1 },
      ],
    });
    expect(result.status === 'optimal' && result.value).toBeCloseTo(1.25, 9);
  });

  it('reports infeasible and unbounded problems', () => {
    expect(
      solveLinearProgram({
        variableCount: 1,
        objective: [1],
        constraints: [
          { coefficients: [1], relation: '<=', rhs: 1 },
          { coefficients: [1], relation: '>=', rhs: 2 },
        ],
      }).status,
    ).toBe('infeasible');
    expect(solveLinearProgram({ variableCount: 2, objective: [1, 1], constraints: [{ coefficients: [1, -1], relation: '<=', rhs: 1 }] }).status).toBe('unbounded');
  });

  it('accepts negative right-hand sides', () => {
    // max −x subject to −x ≤ −2 (x ≥ 2) → −2.
    const result = solveLinearProgram({ variableCount: 1, objective: [-1], constraints: [{ coefficients: [-1], relation: '<=', rhs: -2 }] });
    expect(result.status === 'optimal' && result.value).toBeCloseTo(-2, 9);
  });
});

import type { FieldError } from '@ctip/contracts';
import { AppError } from '../errors';

/**
 * Collects field problems found by business rules (dates in the future, unknown places) so that
 * a request is answered with all of them at once, before anything is written.
 */
export class FieldProblems {
  private readonly problems: FieldError[] = [];

  add(path: string, message: string, code: string): this {
    this.problems.push({ path, message, code });
    return this;
  }

  get isEmpty(): boolean {
    return this.problems.length === 0;
  }

  /** @throws AppError validation_failed listing every problem, when there is any. */
  throwIfAny(): void {
    if (this.problems.length > 0) throw new AppError('validation_failed', this.problems[0]!.message, this.problems);
  }
}

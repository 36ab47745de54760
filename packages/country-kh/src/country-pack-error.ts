/**
 * Thrown when the country pack's data files cannot be read, fail their schema, or refer to
 * rows that do not exist. `problems` lists every fault found, each prefixed with its file,
 * so that one run shows everything an editor has to fix.
 */
export class CountryPackError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`Cambodia country pack is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n- ${problems.join('\n- ')}`);
    this.name = 'CountryPackError';
    this.problems = problems;
  }
}

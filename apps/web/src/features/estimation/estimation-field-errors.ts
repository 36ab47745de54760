import { translateFieldProblem, type FieldProblem, type Translate } from '../../lib/form-errors';

/** A problem with one field: from the contracts' schema, the form's own rules or the server. */
export type FieldProblemLike = FieldProblem;

/**
 * The form field a problem's path belongs to: the period for `from` and `to`, a list's label or
 * organisations for `lists.2.label` and `lists.2.organisationIds.0`, the lists as a whole for
 * `lists` (the engine's refusals: no overlaps, a model that does not exist), an option by name.
 * Null for a path the form does not show.
 */
export function formPathOf(path: string, values: { lists: readonly unknown[] }): string | null {
  if (path === 'from' || path === 'to') return 'period';
  const list = /^lists\.(\d+)\.(label|organisationIds)(\..*)?$/.exec(path);
  if (list) return Number(list[1]) < values.lists.length ? `lists.${list[1]}.${list[2]}` : 'lists';
  if (path === 'lists' || path.startsWith('lists.')) return 'lists';
  if (['method', 'threshold', 'maxOrder', 'bootstrap', 'seed'].includes(path)) return path;
  return null;
}

/** Places problems on form paths (the first problem of each field wins); unplaced ones go to `form`. */
export function placeFieldProblems(problems: ReadonlyArray<FieldProblemLike & { path: string }>, values: { lists: readonly unknown[] }): Record<string, FieldProblemLike> {
  const placed: Record<string, FieldProblemLike> = {};
  for (const problem of problems) {
    const field = formPathOf(problem.path, values) ?? 'form';
    placed[field] ??= problem;
  }
  return placed;
}

/**
 * Says a problem in the reader's language: estimation's own codes (a label used twice, lists
 * without overlaps, a model whose estimate does not exist, a date in the future) from
 * `estimation:fieldErrors.*`, the others from the shared `errors:field.*`.
 */
export function translateEstimationProblem(t: Translate, exists: (key: string) => boolean, problem: FieldProblemLike): string {
  const own = `estimation:fieldErrors.${problem.code}`;
  if (!problem.isEmpty && exists(own)) return t(own);
  if (problem.message === 'at least two lists' || problem.message === 'at most ten lists') return t('estimation:fieldErrors.list_count');
  if (problem.message === 'no colons or commas') return t('estimation:fieldErrors.label_characters');
  return translateFieldProblem(t, problem);
}

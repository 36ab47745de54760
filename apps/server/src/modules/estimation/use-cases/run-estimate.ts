import { randomUUID } from 'node:crypto';
import { buildContingencyTable, chooseRoundingStep, diagnoseTable, estimatePopulation, isEstimationError, roundPublishedRange, type EstimationResult, type TableDiagnostics } from '@ctip/estimation';
import type { ESTIMATION_CAVEATS, Estimate, EstimationRequest } from '@ctip/contracts';
import type { AuditContext } from '../../../audit/audit-events';
import { AppError } from '../../../errors';
import { audit, inTransaction, type Services } from '../../../services';
import { checkNotFuture, checkOrder, todayOf } from '../../../validation/dates';
import { FieldProblems } from '../../../validation/field-problems';
import { caseAppearances, insertEstimationRun } from '../estimation.repository';

type Caveat = (typeof ESTIMATION_CAVEATS)[number];

/** The cautions that apply to an estimate, from its table's diagnostics and its result. */
export function caveatsOf(diagnostics: TableDiagnostics, result: EstimationResult, bootstrap: number): Caveat[] {
  const caveats: Caveat[] = ['closed_population', 'linkage_quality', 'list_dependence_modelled'];
  if (diagnostics.smallLists.length > 0) caveats.push('small_lists');
  if (diagnostics.isolatedLists.length > 0) caveats.push('isolated_lists');
  if (diagnostics.multipleListShare < 0.05) caveats.push('few_overlaps');
  const close = result.selection.closeModels.filter((model) => !model.isChosen && model.delta < 2);
  if (close.some((model) => Math.abs(model.estimate - result.estimate) / result.estimate > 0.2)) caveats.push('close_models_disagree');
  const interval = result.headline.interval;
  if (interval?.lower != null && interval.upper != null && interval.upper > 2 * interval.lower) caveats.push('wide_interval');
  if (bootstrap === 0) caveats.push('no_bootstrap');
  return caveats;
}

/**
 * Estimates the hidden number of victims from the overlap of organisations' case records in a
 * period: each list is a set of organisations; each person (a linkage cluster, so the same woman
 * recorded by the shelter and the police counts once) is on the lists whose organisations opened
 * a case for them. The engine's refusals (too few lists, no overlaps, a model that does not
 * exist) come back as field errors naming the reason.
 * @throws AppError validation_failed.
 */
export async function runEstimate(services: Services, request: EstimationRequest, context: AuditContext): Promise<Estimate> {
  const problems = new FieldProblems();
  const today = todayOf(services.now());
  checkNotFuture(problems, 'from', request.from, today);
  checkOrder(problems, 'to', request.from, request.to, 'The period must end after it starts.');
  const labels = request.lists.map((list) => list.label);
  labels.forEach((label, index) => {
    if (labels.indexOf(label) !== index) problems.add(`lists.${index}.label`, 'Each list needs its own label.', 'duplicate_label');
  });
  const owners = new Map<string, number>();
  request.lists.forEach((list, index) => {
    for (const organisationId of list.organisationIds) {
      if (owners.has(organisationId) && owners.get(organisationId) !== index) problems.add(`lists.${index}.organisationIds`, 'An organisation can be on one list only.', 'organisation_on_two_lists');
      owners.set(organisationId, index);
    }
  });
  const known = new Set((await services.db.selectFrom('organisations').select('id').where('id', 'in', [...owners.keys()]).execute()).map((row) => row.id));
  request.lists.forEach((list, index) => {
    if (list.organisationIds.some((id) => !known.has(id))) problems.add(`lists.${index}.organisationIds`, 'No such organisation.', 'unknown_organisation');
  });
  problems.throwIfAny();

  const memberships = new Map<string, Set<string>>();
  for (const appearance of await caseAppearances(services.db, request.from, request.to)) {
    const list = owners.get(appearance.organisationId);
    if (list === undefined) continue;
    if (!memberships.has(appearance.cluster)) memberships.set(appearance.cluster, new Set());
    memberships.get(appearance.cluster)!.add(labels[list]!);
  }
  return estimateAndStore(services, request, [...memberships.values()].map((lists) => [...lists]), context);
}

/**
 * Runs the engine on people's list memberships (each: the labels of the lists they are on) and
 * stores the result with its aggregate table.
 * @throws AppError validation_failed with the engine's reason.
 */
export async function estimateAndStore(services: Services, request: EstimationRequest, memberships: ReadonlyArray<readonly string[]>, context: AuditContext): Promise<Estimate> {
  const labels = request.lists.map((list) => list.label);
  let table;
  let result: EstimationResult;
  let diagnostics: TableDiagnostics;
  try {
    table = buildContingencyTable(labels, memberships);
    diagnostics = diagnoseTable(table);
    result = await estimatePopulation(table, {
      method: request.method,
      ...(request.threshold === undefined ? {} : { threshold: request.threshold }),
      ...(request.maxOrder === undefined ? {} : { maxOrder: request.maxOrder }),
      bootstrap: request.bootstrap > 0 ? { replicates: request.bootstrap, seed: request.seed } : null,
    });
  } catch (error) {
    if (isEstimationError(error)) throw new AppError('validation_failed', error.message, [{ path: 'lists', message: error.message, code: error.code.toLowerCase() }]);
    throw error;
  }
  const interval = result.headline.interval;
  const published = interval?.lower != null && interval.upper != null ? roundPublishedRange(interval.lower, interval.upper, chooseRoundingStep(result.headline.estimate), result.observedTotal) : null;
  const id = randomUUID();
  const estimate: Estimate = {
    id,
    from: request.from,
    to: request.to,
    lists: request.lists,
    method: result.method,
    observedTotal: result.observedTotal,
    estimate: result.estimate,
    hiddenFigure: result.hiddenFigure,
    headline: { estimate: result.headline.estimate, interval: interval ? { method: interval.method, level: interval.level, lower: interval.lower, upper: interval.upper } : null },
    published: published ? { lower: published.lower, upper: published.upper, text: published.text } : null,
    intervals: result.intervals.map((item) => ({ method: item.method, level: item.level, lower: item.lower, upper: item.upper })),
    model: { interactions: result.model.interactions, minusInfinityTerms: result.model.minusInfinityTerms, generators: result.model.generators },
    closeModels: result.selection.closeModels.map((model) => ({ interactions: model.generators, estimate: Number.isFinite(model.estimate) ? model.estimate : null, delta: model.delta })),
    table: table.rows.map((row) => ({ pattern: row.pattern.map((bit) => (bit ? 1 : 0)), count: row.count })),
    overlaps: diagnostics.overlaps,
    caveats: caveatsOf(diagnostics, result, request.bootstrap),
    warnings: result.warnings,
    createdAt: services.now().toISOString(),
    timings: { totalMs: Math.round(result.timings.totalMs) },
  };
  await inTransaction(services, async (trx) => {
    await insertEstimationRun(trx, {
      id,
      period_from: request.from,
      period_to: request.to,
      lists: JSON.stringify(request.lists),
      options: JSON.stringify({ method: request.method, threshold: request.threshold ?? null, maxOrder: request.maxOrder ?? null, bootstrap: request.bootstrap, seed: request.seed }),
      contingency_table: JSON.stringify(estimate.table),
      result: JSON.stringify(estimate),
      diagnostics: JSON.stringify(diagnostics),
      created_by: context.actorUserId ?? 'system',
      created_at: estimate.createdAt,
    });
    await audit(services, trx, context, { action: 'estimation.run', resourceType: 'estimation', resourceId: id, details: { lists: labels.length, observed: result.observedTotal } });
  });
  return estimate;
}

import type { z } from 'zod';
import { estimationRequestSchema, type estimationSourceSchema } from '@ctip/contracts';
import { placeFieldProblems, type FieldProblemLike } from './estimation-field-errors';
import type { EstimationRequestBody } from './api';

/** An organisation that can make up a list, with its case count in the period. */
export type EstimationSource = z.infer<typeof estimationSourceSchema>;

/** How the model is chosen (packages/estimation). */
export const ESTIMATION_METHODS = ['stepwise', 'aic', 'bic', 'downhill', 'main'] as const;
/** One of {@link ESTIMATION_METHODS}. */
export type EstimationMethod = (typeof ESTIMATION_METHODS)[number];

/** The engine's own p-value thresholds when none is given (estimation-options.ts). */
export const DEFAULT_THRESHOLDS: Partial<Record<EstimationMethod, number>> = { stepwise: 0.02, aic: 0.05 };
/** Bootstrap replicates by default: enough for a BCa interval's endpoints to settle. */
export const DEFAULT_BOOTSTRAP = 1000;
/** The seed by default (the server's too): the same request gives the same interval. */
export const DEFAULT_SEED = 1234;
/** The fewest and most lists an estimate takes. */
export const LIST_COUNT = { min: 2, max: 10 } as const;
/** The longest list label the contracts accept. */
export const LABEL_MAX_LENGTH = 40;

/** A list being built: a label and the organisations whose case records make it up. */
export interface ListDraft {
  /** A key for React, never sent. */
  key: string;
  label: string;
  organisationIds: string[];
}

/** What the estimate form holds. Number inputs hold '' when left empty. */
export interface EstimationFormValues {
  period: [string | null, string | null];
  lists: ListDraft[];
  method: EstimationMethod;
  threshold: number | string;
  maxOrder: number | string;
  bootstrap: number | string;
  seed: number | string;
}

let nextKey = 0;
/** A fresh React key for a list. */
export function newListKey(): string {
  nextKey += 1;
  return `list-${nextKey}`;
}

/** Whether a method selects interactions by a p-value threshold. */
export const usesThreshold = (method: EstimationMethod): boolean => method === 'stepwise' || method === 'aic';
/** Whether a method searches hierarchical models up to a maximum order. */
export const usesMaxOrder = (method: EstimationMethod): boolean => method === 'bic' || method === 'downhill';

function isoDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The last twelve months up to today, as YYYY-MM-DD. */
export function defaultPeriod(today: Date): [string, string] {
  const start = new Date(today.getFullYear() - 1, today.getMonth(), today.getDate() + 1);
  return [isoDay(start), isoDay(today)];
}

/** The form's starting values: the last twelve months, no lists yet, the stepwise method. */
export function initialEstimationValues(today: Date): EstimationFormValues {
  return { period: defaultPeriod(today), lists: [], method: 'stepwise', threshold: '', maxOrder: '', bootstrap: DEFAULT_BOOTSTRAP, seed: DEFAULT_SEED };
}

/**
 * A list label from a name: without the characters labels may not hold (colons and commas, which
 * the engine uses between list names), at most 40 characters, and unlike the labels taken.
 */
export function suggestListLabel(name: string, taken: ReadonlySet<string>): string {
  const cleaned = name.replace(/[:,]/g, ' ').replace(/\s+/g, ' ').trim() || '?';
  const shorten = (text: string, room: number) => (text.length <= room ? text : `${text.slice(0, room - 1).trimEnd()}…`);
  let label = shorten(cleaned, LABEL_MAX_LENGTH);
  for (let suffix = 2; taken.has(label); suffix += 1) label = `${shorten(cleaned, LABEL_MAX_LENGTH - String(suffix).length - 1)} ${suffix}`;
  return label;
}

/** One list per organisation, largest first, each labelled with the organisation's name. */
export function listsPerOrganisation(sources: readonly EstimationSource[], nameOf: (source: EstimationSource) => string): ListDraft[] {
  const taken = new Set<string>();
  return [...sources].sort((a, b) => b.cases - a.cases).map((source) => {
    const label = suggestListLabel(nameOf(source), taken);
    taken.add(label);
    return { key: newListKey(), label, organisationIds: [source.organisationId] };
  });
}

/** One list per kind of organisation (all NGOs together, all police units together …), largest first. */
export function listsByKind(sources: readonly EstimationSource[], kindLabel: (kind: string) => string): ListDraft[] {
  const byKind = new Map<string, EstimationSource[]>();
  for (const source of sources) byKind.set(source.kind, [...(byKind.get(source.kind) ?? []), source]);
  const total = (group: EstimationSource[]) => group.reduce((sum, source) => sum + source.cases, 0);
  const taken = new Set<string>();
  return [...byKind.entries()].sort(([, a], [, b]) => total(b) - total(a)).map(([kind, group]) => {
    const label = suggestListLabel(kindLabel(kind), taken);
    taken.add(label);
    return { key: newListKey(), label, organisationIds: group.map((source) => source.organisationId) };
  });
}

const numberOrUndefined = (value: number | string): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/** The request the form's values make: options a method does not use are left out, for the server's defaults. */
export function toEstimationRequest(values: EstimationFormValues): EstimationRequestBody {
  const threshold = usesThreshold(values.method) ? numberOrUndefined(values.threshold) : undefined;
  const maxOrder = usesMaxOrder(values.method) ? numberOrUndefined(values.maxOrder) : undefined;
  return {
    from: values.period[0] ?? '',
    to: values.period[1] ?? '',
    lists: values.lists.map((list) => ({ label: list.label.trim(), organisationIds: list.organisationIds })),
    method: values.method,
    ...(threshold === undefined ? {} : { threshold }),
    ...(maxOrder === undefined ? {} : { maxOrder }),
    bootstrap: numberOrUndefined(values.bootstrap) ?? 0,
    seed: numberOrUndefined(values.seed) ?? DEFAULT_SEED,
  };
}

/**
 * Checks the form with the contracts' schema (the server's own) and the rules the server adds
 * (each label once, each list with an organisation), answering problems keyed by form path.
 */
export function checkEstimationForm(values: EstimationFormValues): Record<string, FieldProblemLike> {
  const request = toEstimationRequest(values);
  const problems: Array<FieldProblemLike & { path: string }> = [];
  if (!values.period[0]) problems.push({ path: 'from', code: 'too_small', isEmpty: true });
  if (!values.period[1]) problems.push({ path: 'to', code: 'too_small', isEmpty: true });
  const result = estimationRequestSchema.safeParse(request);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join('.');
      const value = issue.path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined), request);
      const isEmpty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
      problems.push({ ...(issue as unknown as FieldProblemLike), path, isEmpty });
    }
  }
  const labels = request.lists.map((list) => list.label);
  labels.forEach((label, index) => {
    if (label !== '' && labels.indexOf(label) !== index) problems.push({ path: `lists.${index}.label`, code: 'duplicate_label' });
  });
  return placeFieldProblems(problems, values);
}

import { defaultLevels, isLevelAllowed, normaliserOfKind, termFrequencyByDefault, type Normaliser } from './comparison-kinds';
import { columnKinds, levelTypes, settingDefaults, type ColumnKind, type KeyTransform, type LevelDefinition, type LinkageSettings } from './settings';
import { SettingsError } from './settings-error';

/** A comparison with every default filled in. */
export interface ResolvedComparison {
  name: string;
  column: string;
  kind: ColumnKind;
  normaliser: Normaliser;
  swapWith?: string;
  termFrequency: boolean;
  levels: LevelDefinition[];
  /** Key of the encoded column (column + normaliser). */
  columnKey: string;
  swapColumnKey?: string;
}

/** One part of a resolved blocking rule (several columns when values are read together). */
export interface ResolvedKeyPart {
  columns: string[];
  transform: KeyTransform;
  columnKeys: string[];
}

/** A blocking (or deterministic, or training) rule with a display name. */
export interface ResolvedRule {
  name: string;
  parts: ResolvedKeyPart[];
}

/** Settings with every default filled in and every reference checked. */
export interface ResolvedSettings {
  comparisons: ResolvedComparison[];
  blockingRules: ResolvedRule[];
  deterministicRules: ResolvedRule[];
  trainingRules: ResolvedRule[];
  deterministicRecall: number;
  maxPairsPerRule: number;
  uSamplePairs: number;
  trainingPairsPerRule: number;
  seed: number;
  idColumn?: string;
  /** Every encoded column the job needs: key → column and normaliser. */
  columns: Map<string, { column: string; normaliser: Normaliser }>;
}

/** Key of an encoded column. */
export function columnKeyOf(column: string, normaliser: Normaliser): string {
  return `${column}#${normaliser}`;
}

const maximumLevels = 14;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkLevel(level: unknown, where: string, normaliser: Normaliser, problems: string[]): LevelDefinition | null {
  if (!isObject(level) || typeof level.type !== 'string' || !levelTypes.includes(level.type as LevelDefinition['type'])) {
    problems.push(`${where}: "type" must be one of ${levelTypes.join(', ')}`);
    return null;
  }
  const definition = level as unknown as LevelDefinition;
  if (!isLevelAllowed(definition.type, normaliser)) {
    problems.push(`${where}: level "${definition.type}" does not apply to a ${normaliser} column`);
    return null;
  }
  const numberIn = (field: string, low: number, high: number, isInteger = false) => {
    const value = level[field];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < low || value > high || (isInteger && !Number.isInteger(value))) {
      problems.push(`${where}: "${field}" must be ${isInteger ? 'an integer' : 'a number'} from ${low} to ${high}`);
    }
  };
  switch (definition.type) {
    case 'jaroWinkler': case 'tokenSet': case 'swapped': numberIn('threshold', 0.01, 1); break;
    case 'levenshtein': case 'damerauLevenshtein': case 'dateTypo': numberIn('maxDistance', 0, 20, true); break;
    case 'withinDays': numberIn('days', 0, 100_000); break;
    case 'withinYears': numberIn('years', 0, 200); break;
    case 'withinAbsolute': numberIn('distance', 0, Number.MAX_VALUE); break;
    case 'withinRelative': numberIn('ratio', 0, 1); break;
    case 'sameAtPrecision':
      if (level.precision !== undefined && level.precision !== 'month' && level.precision !== 'year') problems.push(`${where}: "precision" must be "month" or "year"`);
      break;
    case 'exact':
      if (level.termFrequency !== undefined && typeof level.termFrequency !== 'boolean') problems.push(`${where}: "termFrequency" must be true or false`);
      break;
    default: break;
  }
  return definition;
}

const transforms = ['value', 'tokens', 'phonetic', 'phoneticTokens', 'skeleton', 'skeletonTokens', 'sortedTokens', 'year'];

function resolveRules(
  rules: unknown, field: string, problems: string[], hasColumn: (column: string) => boolean,
  normaliserOf: (column: string, transform: KeyTransform) => Normaliser, isRequired: boolean,
): ResolvedRule[] {
  if (rules === undefined && !isRequired) return [];
  if (!Array.isArray(rules) || (isRequired && rules.length === 0)) {
    problems.push(`${field}: must be a${isRequired ? ' non-empty' : ''} list of rules`);
    return [];
  }
  const resolved: ResolvedRule[] = [];
  rules.forEach((rule: unknown, index) => {
    const where = `${field}[${index}]`;
    const parts = Array.isArray(rule) ? rule : isObject(rule) && Array.isArray(rule.on) ? rule.on : null;
    if (!parts || parts.length === 0) {
      problems.push(`${where}: a rule is a non-empty list of columns, or { "on": [...] }`);
      return;
    }
    const resolvedParts: ResolvedKeyPart[] = [];
    for (const part of parts as unknown[]) {
      const columns = typeof part === 'string' ? [part]
        : isObject(part) && typeof part.column === 'string' ? [part.column]
          : isObject(part) && Array.isArray(part.columns) && part.columns.length > 0 && part.columns.every((column) => typeof column === 'string') ? part.columns as string[]
            : null;
      const transform = (isObject(part) && part.transform !== undefined ? part.transform : 'value') as KeyTransform;
      if (columns === null) {
        problems.push(`${where}: each part is a column name or { "column" (or "columns"), "transform" }`);
        continue;
      }
      for (const column of columns) if (!hasColumn(column)) problems.push(`${where}: column "${column}" does not exist in the data`);
      const isPrefix = typeof transform === 'string' && /^prefix:[1-9]\d?$/.test(transform);
      if (!isPrefix && !transforms.includes(transform)) {
        problems.push(`${where}: transform "${String(transform)}" must be one of ${transforms.join(', ')}, prefix:N`);
        continue;
      }
      const normalisers = columns.map((column) => normaliserOf(column, transform));
      if (transform === 'year' && normalisers.some((normaliser) => normaliser !== 'date')) problems.push(`${where}: transform "year" needs a date column`);
      if (columns.length > 1 && normalisers.some((normaliser) => normaliser === 'date' || normaliser === 'number')) {
        problems.push(`${where}: only text columns can be read together`);
      }
      resolvedParts.push({ columns, transform, columnKeys: columns.map((column, index) => columnKeyOf(column, normalisers[index]!)) });
    }
    const name = isObject(rule) && typeof rule.name === 'string' && rule.name.length > 0
      ? rule.name
      : resolvedParts.map((part) => (part.transform === 'value' ? part.columns.join('+') : `${part.transform}(${part.columns.join('+')})`)).join(' & ');
    resolved.push({ name, parts: resolvedParts });
  });
  return resolved;
}

/**
 * Checks settings (typically read from JSON) and fills in every default. When `columns` is given,
 * every column a comparison or rule names must be among them. Throws SettingsError listing every
 * problem: unknown kinds or levels, missing columns, thresholds out of range, duplicate names,
 * empty blocking rules.
 */
export function resolveSettings(settings: unknown, columns?: readonly string[]): ResolvedSettings {
  const problems: string[] = [];
  if (!isObject(settings)) throw new SettingsError(['settings must be a JSON object']);
  const known = columns ? new Set(columns) : null;
  const hasColumn = (column: string) => known === null || known.has(column);
  const input = settings as Partial<LinkageSettings> & Record<string, unknown>;
  const comparisons: ResolvedComparison[] = [];
  const usedColumns = new Map<string, { column: string; normaliser: Normaliser }>();
  const kindOfColumn = new Map<string, Normaliser>();
  if (!Array.isArray(input.comparisons) || input.comparisons.length === 0) {
    problems.push('comparisons: must be a non-empty list');
  } else {
    const names = new Set<string>();
    input.comparisons.forEach((raw: unknown, index) => {
      const where = `comparisons[${index}]`;
      if (!isObject(raw) || typeof raw.column !== 'string' || raw.column.length === 0) {
        problems.push(`${where}: "column" must name a column`);
        return;
      }
      const kind = raw.kind as ColumnKind;
      if (!columnKinds.includes(kind)) {
        problems.push(`${where}: "kind" must be one of ${columnKinds.join(', ')}`);
        return;
      }
      if (!hasColumn(raw.column)) problems.push(`${where}: column "${raw.column}" does not exist in the data`);
      const swapWith = typeof raw.swapWith === 'string' ? raw.swapWith : undefined;
      if (raw.swapWith !== undefined && swapWith === undefined) problems.push(`${where}: "swapWith" must be a column name`);
      if (swapWith !== undefined && !hasColumn(swapWith)) problems.push(`${where}: swapWith column "${swapWith}" does not exist in the data`);
      const name = typeof raw.name === 'string' && raw.name.length > 0 ? raw.name : raw.column;
      if (names.has(name)) problems.push(`${where}: the name "${name}" is used twice; give one a "name"`);
      names.add(name);
      const normaliser = normaliserOfKind[kind];
      if (swapWith !== undefined && normaliser !== 'name' && normaliser !== 'place' && normaliser !== 'exact' && normaliser !== 'text') {
        problems.push(`${where}: "swapWith" applies only to text columns`);
      }
      let levels: LevelDefinition[];
      if (raw.levels !== undefined) {
        if (!Array.isArray(raw.levels) || raw.levels.length === 0 || raw.levels.length > maximumLevels) {
          problems.push(`${where}: "levels" must list 1 to ${maximumLevels} levels`);
          return;
        }
        levels = raw.levels.map((level, levelIndex) => checkLevel(level, `${where}.levels[${levelIndex}]`, normaliser, problems))
          .filter((level): level is LevelDefinition => level !== null);
        if (levels.some((level) => level.type === 'swapped') && swapWith === undefined) {
          problems.push(`${where}: a "swapped" level needs "swapWith"`);
        }
      } else {
        levels = defaultLevels(kind, swapWith !== undefined);
      }
      if (raw.termFrequency !== undefined && typeof raw.termFrequency !== 'boolean') problems.push(`${where}: "termFrequency" must be true or false`);
      const termFrequency = typeof raw.termFrequency === 'boolean' ? raw.termFrequency : termFrequencyByDefault[kind];
      levels = levels.map((level) => (level.type === 'exact' && level.termFrequency === undefined ? { ...level, termFrequency } : level));
      const columnKey = columnKeyOf(raw.column, normaliser);
      usedColumns.set(columnKey, { column: raw.column, normaliser });
      if (!kindOfColumn.has(raw.column)) kindOfColumn.set(raw.column, normaliser);
      let swapColumnKey: string | undefined;
      if (swapWith !== undefined) {
        swapColumnKey = columnKeyOf(swapWith, normaliser);
        usedColumns.set(swapColumnKey, { column: swapWith, normaliser });
      }
      comparisons.push({ name, column: raw.column, kind, normaliser, swapWith, termFrequency, levels, columnKey, swapColumnKey });
    });
  }
  const normaliserOf = (column: string, transform: KeyTransform): Normaliser =>
    kindOfColumn.get(column) ?? (transform === 'year' ? 'date' : 'exact');
  const blockingRules = resolveRules(input.blockingRules, 'blockingRules', problems, hasColumn, normaliserOf, true);
  const deterministicRules = resolveRules(input.deterministicRules, 'deterministicRules', problems, hasColumn, normaliserOf, false);
  const trainingRules = input.trainingRules === undefined
    ? blockingRules
    : resolveRules(input.trainingRules, 'trainingRules', problems, hasColumn, normaliserOf, true);
  for (const rule of [...blockingRules, ...deterministicRules, ...trainingRules]) {
    for (const part of rule.parts) {
      part.columns.forEach((column, index) => usedColumns.set(part.columnKeys[index]!, { column, normaliser: normaliserOf(column, part.transform) }));
    }
  }
  const positive = (field: keyof typeof settingDefaults, isInteger: boolean, maximum = Number.MAX_SAFE_INTEGER): number => {
    const value = input[field];
    if (value === undefined) return settingDefaults[field];
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > maximum || (isInteger && !Number.isInteger(value))) {
      problems.push(`${field}: must be a positive ${isInteger ? 'integer' : 'number'}${maximum < Number.MAX_SAFE_INTEGER ? ` at most ${maximum}` : ''}`);
      return settingDefaults[field];
    }
    return value;
  };
  const deterministicRecall = positive('deterministicRecall', false, 1);
  const maxPairsPerRule = positive('maxPairsPerRule', true);
  const uSamplePairs = positive('uSamplePairs', true, 1e9);
  const trainingPairsPerRule = positive('trainingPairsPerRule', true, 1e9);
  let seed: number = settingDefaults.seed;
  if (input.seed !== undefined) {
    if (typeof input.seed !== 'number' || !Number.isInteger(input.seed)) problems.push('seed: must be an integer');
    else seed = input.seed;
  }
  let idColumn: string | undefined;
  if (input.idColumn !== undefined) {
    if (typeof input.idColumn !== 'string' || !hasColumn(input.idColumn)) problems.push(`idColumn: column "${String(input.idColumn)}" does not exist in the data`);
    else idColumn = input.idColumn;
  }
  const allowed = new Set(['comparisons', 'blockingRules', 'deterministicRules', 'deterministicRecall', 'trainingRules',
    'maxPairsPerRule', 'uSamplePairs', 'trainingPairsPerRule', 'seed', 'idColumn', '$schema', 'description']);
  for (const key of Object.keys(input)) if (!allowed.has(key)) problems.push(`${key}: unknown setting`);
  if (problems.length > 0) throw new SettingsError(problems);
  return {
    comparisons, blockingRules, deterministicRules, trainingRules, deterministicRecall, maxPairsPerRule,
    uSamplePairs, trainingPairsPerRule, seed, idColumn, columns: usedColumns,
  };
}

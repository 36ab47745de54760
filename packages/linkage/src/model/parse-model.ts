import { modelFormat, modelVersion, type LinkageModel } from './linkage-model';
import { resolveSettings } from './resolve-settings';
import { SettingsError } from './settings-error';

/**
 * Checks that a value (typically parsed from stored JSON) is a linkage model this version can use:
 * the right format and version, settings that still resolve, and levels, m, u and weights that
 * match them. Throws SettingsError naming what is wrong.
 */
export function parseModel(value: unknown): LinkageModel {
  const problems: string[] = [];
  if (typeof value !== 'object' || value === null) throw new SettingsError(['model: must be a JSON object']);
  const model = value as Partial<LinkageModel>;
  if (model.format !== modelFormat) problems.push(`format: expected "${modelFormat}"`);
  if (model.version !== modelVersion) problems.push(`version: expected ${modelVersion}, found ${String(model.version)} (train the model again)`);
  if (typeof model.probabilityTwoRandomRecordsMatch !== 'number' || !(model.probabilityTwoRandomRecordsMatch > 0 && model.probabilityTwoRandomRecordsMatch < 1)) {
    problems.push('probabilityTwoRandomRecordsMatch: must be between 0 and 1');
  }
  if (problems.length > 0) throw new SettingsError(problems);
  const settings = resolveSettings(model.settings);
  if (!Array.isArray(model.comparisons) || model.comparisons.length !== settings.comparisons.length) {
    throw new SettingsError(['comparisons: do not match the model\'s settings']);
  }
  model.comparisons.forEach((comparison, index) => {
    const expected = settings.comparisons[index]!;
    if (comparison.name !== expected.name) problems.push(`comparisons[${index}]: name "${comparison.name}" does not match the settings ("${expected.name}")`);
    if (!Array.isArray(comparison.levels) || comparison.levels.length !== expected.levels.length + 2) {
      problems.push(`comparisons[${index}]: expected ${expected.levels.length + 2} levels`);
      return;
    }
    comparison.levels.forEach((level, levelIndex) => {
      if (typeof level.weight !== 'number' || !Number.isFinite(level.weight)) problems.push(`comparisons[${index}].levels[${levelIndex}]: weight must be a finite number`);
    });
  });
  if (problems.length > 0) throw new SettingsError(problems);
  return { ...(model as LinkageModel), priorWeight: Math.log2(model.probabilityTwoRandomRecordsMatch! / (1 - model.probabilityTwoRandomRecordsMatch!)) };
}

import type { CountryPack } from './country-pack';
import { loadCountryPack } from './load-country-pack';
import type { MosvyStage } from './schemas/vocabulary-schema';

/**
 * Maps one of ctip's survivor-case stages (`identified` … `closed`) to the MoSVY reporting stage
 * it counts under (`pre_integration`, `integration`, `monitoring` or `closure`).
 *
 * @throws RangeError for a stage the vocabulary does not know; CountryPackError when the
 *   default pack cannot be loaded.
 */
export function mapCaseStageToMosvy(stage: string, pack: CountryPack = loadCountryPack()): MosvyStage {
  const entry = pack.vocabularies.caseStages.find((caseStage) => caseStage.code === stage);
  if (entry === undefined) throw new RangeError(`Unknown case stage "${stage}"`);
  return entry.mosvyStage;
}

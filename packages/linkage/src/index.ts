// Public interface of @ctip/linkage: a pure record linkage engine (no database, no HTTP).

// Settings, models and their checks.
export type { LinkageSettings, ComparisonSettings, ColumnKind, LevelDefinition, BlockingRule, KeyPart, KeyTransform } from './model/settings';
export { columnKinds, settingDefaults } from './model/settings';
export { SettingsError, BlockingLimitError } from './model/settings-error';
export type { LinkageModel, ModelComparison, ModelLevel, TermFrequencyTable, TrainingReport } from './model/linkage-model';
export { modelFormat, modelVersion, probabilityOfWeight, weightOfProbability } from './model/linkage-model';
export { parseModel } from './model/parse-model';

// Running jobs.
export type { LinkageRecord } from './encode/encode-records';
export type { JobOptions, LinkageProgress, LinkagePhase } from './engine/progress';
export type { LinkageResult, LinkageRunOptions, LinkageSummary, RuleCount } from './run-linkage';
export type { ScoredPairs, ScoredPair, ComparisonContribution } from './scored-pairs';
export type { LinkageInput, ScorePairsResult, ModelParameterRow } from './linkage-api';
export { validateSettings, countBlockedPairs, train, dedupe, link, scorePairs, serialiseModel, describeModel } from './linkage-api';
export type { Candidate, FindCandidatesOptions } from './find-candidates';
export { findCandidates, explainPair } from './find-candidates';

// Settings for ctip's persons, and proposals for unknown columns.
export type { PersonInput, PersonName } from './presets/person-settings';
export { personSettings, toPersonRecord } from './presets/person-settings';
export { proposeSettings } from './presets/propose-settings';

// Clustering and evaluation.
export { clusterConnectedComponents } from './cluster/connected-components';
export { createRandom } from './engine/random';
export { selectBestLinks } from './cluster/best-link';
export type { Accuracy, ClusterAccuracy } from './cluster/evaluate-linkage';
export { evaluatePairs, evaluateClusters } from './cluster/evaluate-linkage';

// Comparators.
export { jaro, jaroWinkler } from './comparators/jaro-winkler';
export { levenshtein } from './comparators/levenshtein';
export { damerauLevenshtein } from './comparators/damerau-levenshtein';
export { tokenSetSimilarity } from './comparators/token-set-similarity';
export type { PartialDate } from './comparators/partial-date';
export { parsePartialDate, formatPartialDate } from './comparators/partial-date';
export { partialDateRelations } from './comparators/date-similarity';
export { numericDistance, relativeDifference } from './comparators/numeric-distance';

// Names.
export { romaniseKhmer } from './names/romanise-khmer';
export { foldDiacritics } from './names/fold-diacritics';
export { khmerPhoneticKey } from './names/khmer-phonetic-key';
export { romaniseChinese, chineseSurnameVariants } from './names/romanise-chinese';
export { normaliseName } from './names/normalise-name';

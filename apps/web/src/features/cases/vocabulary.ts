import {
  AGE_GROUPS,
  CASE_SECTIONS,
  CASE_STAGES,
  CLOSURE_REASONS,
  CONSENT_KINDS,
  CONSENT_METHODS,
  CONTACT_KINDS,
  DATE_PRECISIONS,
  DOCUMENT_TYPES,
  EXPLOITATION_PURPOSES,
  EXPLOITATION_SECTORS,
  EXPLOITATION_TYPES,
  FOLLOW_UP_METHODS,
  FOLLOW_UP_OUTCOMES,
  FORCED_LABOUR_INDICATORS,
  MOSVY_STAGES,
  NAME_KINDS,
  NAME_SCRIPTS,
  RECRUITMENT_METHODS,
  REPATRIATION_CHANNELS,
  SCREENING_OUTCOMES,
  SERVICE_TYPES,
  SEXES,
  SHELTER_ACCEPTS_SEX,
  SHELTER_LEAVING_REASONS,
  TRAFFICKING_ACTS,
  TRAFFICKING_MEANS,
  VICTIM_RIGHT_CODES,
} from '@ctip/contracts';

/** Languages a survivor may speak, as ISO 639 codes: those of the region the seeds name first. */
export const LANGUAGE_CODES = ['km', 'en', 'th', 'vi', 'zh', 'lo', 'my', 'ms', 'id', 'ko', 'ja', 'tl', 'ar', 'so', 'fr', 'cmo', 'jra'] as const;

/**
 * Every closed list of the survivor-case domain, under the name its translations use
 * (`cases:vocab.<group>.<code>`). The vocabulary test checks that each code is translated.
 */
export const VOCABULARIES = {
  stage: CASE_STAGES,
  mosvyStage: MOSVY_STAGES,
  act: TRAFFICKING_ACTS,
  means: TRAFFICKING_MEANS,
  purpose: EXPLOITATION_PURPOSES,
  indicator: FORCED_LABOUR_INDICATORS,
  outcome: SCREENING_OUTCOMES,
  exploitationType: EXPLOITATION_TYPES,
  sector: EXPLOITATION_SECTORS,
  recruitmentMethod: RECRUITMENT_METHODS,
  script: NAME_SCRIPTS,
  nameKind: NAME_KINDS,
  precision: DATE_PRECISIONS,
  sex: SEXES,
  documentType: DOCUMENT_TYPES,
  contactKind: CONTACT_KINDS,
  consentKind: CONSENT_KINDS,
  consentMethod: CONSENT_METHODS,
  service: SERVICE_TYPES,
  closureReason: CLOSURE_REASONS,
  ageGroup: AGE_GROUPS,
  section: CASE_SECTIONS,
  repatriationChannel: REPATRIATION_CHANNELS,
  victimRight: VICTIM_RIGHT_CODES,
  referralStatus: ['pending', 'accepted', 'declined', 'withdrawn', 'completed'],
  referralKind: ['referral', 'transfer'],
  routeRole: ['origin', 'transit', 'destination'],
  identificationStatus: ['presumptive', 'formal'],
  language: LANGUAGE_CODES,
  assessmentType: ['needs', 'risk'],
  level: ['low', 'medium', 'high'],
  familyTracingStep: ['tracing_started', 'family_found', 'family_not_found', 'assessment'],
  familyTracingOutcome: ['safe_to_return', 'not_safe', 'pending'],
  reintegrationSetting: ['family', 'community', 'independent_living', 'foster_or_kinship_care', 'residential_care'],
  followUpMethod: FOLLOW_UP_METHODS,
  followUpOutcome: FOLLOW_UP_OUTCOMES,
  shelterLeavingReason: SHELTER_LEAVING_REASONS,
  shelterAcceptsSex: SHELTER_ACCEPTS_SEX,
} as const satisfies Record<string, readonly string[]>;

/** A vocabulary's name. */
export type VocabularyName = keyof typeof VOCABULARIES;

/** The translation key of one code of a vocabulary. */
export function vocabularyKey(group: VocabularyName, code: string): string {
  return `cases:vocab.${group}.${code}`;
}

/** Select options for a vocabulary, each code labelled in the interface language. */
export function vocabularyOptions(t: (key: string) => string, group: VocabularyName, codes: readonly string[] = VOCABULARIES[group]) {
  return codes.map((code) => ({ value: code, label: t(vocabularyKey(group, code)) }));
}

/**
 * The closed lists of the survivor-case domain (DOMAIN.md, "Survivor case"). Codes are stable;
 * the web app translates each code in both languages.
 */

/** Stages of a survivor case, in order. */
export const CASE_STAGES = ['identified', 'in_care', 'repatriation', 'family_tracing', 'reintegration', 'follow_up', 'closed'] as const;
export type CaseStage = (typeof CASE_STAGES)[number];

/** The acts of the legal definition (UN Protocol art. 3; 2008 law). */
export const TRAFFICKING_ACTS = ['recruitment', 'transport', 'transfer', 'harbouring', 'receipt'] as const;
export type TraffickingAct = (typeof TRAFFICKING_ACTS)[number];

/** The means of the legal definition. */
export const TRAFFICKING_MEANS = [
  'threat_or_use_of_force',
  'other_coercion',
  'abduction',
  'fraud',
  'deception',
  'abuse_of_power',
  'abuse_of_vulnerability',
  'payments_to_person_in_control',
] as const;
export type TraffickingMeans = (typeof TRAFFICKING_MEANS)[number];

/** The purposes of exploitation of the legal definition. */
export const EXPLOITATION_PURPOSES = [
  'sexual_exploitation',
  'forced_labour_or_services',
  'slavery_or_similar',
  'servitude',
  'organ_removal',
] as const;
export type ExploitationPurpose = (typeof EXPLOITATION_PURPOSES)[number];

/** The ILO's 11 indicators of forced labour. */
export const FORCED_LABOUR_INDICATORS = [
  'abuse_of_vulnerability',
  'deception',
  'restriction_of_movement',
  'isolation',
  'physical_and_sexual_violence',
  'intimidation_and_threats',
  'retention_of_identity_documents',
  'withholding_of_wages',
  'debt_bondage',
  'abusive_working_and_living_conditions',
  'excessive_overtime',
] as const;
export type ForcedLabourIndicator = (typeof FORCED_LABOUR_INDICATORS)[number];

/** Outcomes of a screening. */
export const SCREENING_OUTCOMES = ['presumed_victim', 'further_assessment', 'not_indicated'] as const;
export type ScreeningOutcome = (typeof SCREENING_OUTCOMES)[number];

/** Forms of exploitation. */
export const EXPLOITATION_TYPES = [
  'sexual_exploitation',
  'forced_labour',
  'forced_criminality',
  'forced_marriage',
  'begging_and_street_selling',
  'domestic_servitude',
  'illegal_adoption',
  'organ_removal',
  'debt_bondage',
] as const;
export type ExploitationType = (typeof EXPLOITATION_TYPES)[number];

/** Sectors where exploitation took place. */
export const EXPLOITATION_SECTORS = [
  'fishing',
  'construction',
  'factory',
  'agriculture',
  'entertainment',
  'domestic_work',
  'scam_compound',
  'brick_kiln',
  'tourism',
  'begging',
  'other',
] as const;
export type ExploitationSector = (typeof EXPLOITATION_SECTORS)[number];

/** How a person was recruited. */
export const RECRUITMENT_METHODS = ['social_media_job_offer', 'broker', 'relative_or_acquaintance', 'marriage_broker', 'recruitment_agency', 'abduction', 'other'] as const;
export type RecruitmentMethod = (typeof RECRUITMENT_METHODS)[number];

/** Scripts a name is written in. */
export const NAME_SCRIPTS = ['khmer', 'latin', 'han', 'vietnamese', 'thai', 'other'] as const;
export type NameScript = (typeof NAME_SCRIPTS)[number];

/** Kinds of name. */
export const NAME_KINDS = ['legal', 'alias', 'romanised', 'nickname'] as const;
export type NameKind = (typeof NAME_KINDS)[number];

/** How precisely a date of birth is known. */
export const DATE_PRECISIONS = ['day', 'month', 'year', 'age'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** Sex as recorded. */
export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];

/** Identity documents. */
export const DOCUMENT_TYPES = ['national_id', 'passport', 'birth_certificate', 'family_book', 'residence_book', 'work_permit', 'visa', 'other'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** Ways to reach a person. */
export const CONTACT_KINDS = ['phone', 'telegram', 'whatsapp', 'facebook', 'line', 'wechat', 'email', 'address'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** What a person consents to. */
export const CONSENT_KINDS = ['data_recording', 'share_with_organisation', 'share_for_repatriation', 'photos', 'telephone_contact'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

/** How consent was given. */
export const CONSENT_METHODS = ['written', 'thumbprint', 'verbal_witnessed', 'guardian'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/** Services a case plans, delivers and refers for. */
export const SERVICE_TYPES = [
  'shelter',
  'medical',
  'psychosocial',
  'legal_aid',
  'education',
  'vocational_training',
  'livelihood',
  'family_reunification',
  'repatriation',
] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

/** Why a case closed. */
export const CLOSURE_REASONS = ['reintegrated', 'transferred_elsewhere', 'declined_services', 'lost_contact', 'deceased', 'duplicate', 'not_a_victim', 'other'] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

/** Age bands for lists and statistics (age at identification). */
export const AGE_GROUPS = ['0-11', '12-17', '18-24', '25-34', '35-49', '50+', 'unknown'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

/** The age band of an age. */
export function ageGroupOf(age: number | null): AgeGroup {
  if (age === null) return 'unknown';
  if (age < 12) return '0-11';
  if (age < 18) return '12-17';
  if (age < 25) return '18-24';
  if (age < 35) return '25-34';
  if (age < 50) return '35-49';
  return '50+';
}

/** Parts of a case that a referral can open to another organisation, one by one. */
export const CASE_SECTIONS = [
  'identity',
  'contacts',
  'documents',
  'screening',
  'exploitation',
  'consents',
  'assessments',
  'services',
  'shelter',
  'repatriation',
  'family_tracing',
  'reintegration',
  'follow_up',
  'notes',
  'attachments',
] as const;
export type CaseSection = (typeof CASE_SECTIONS)[number];

/** What each kind of referral needs to see, and no more (DOMAIN.md: "nothing more"). */
export const SECTIONS_BY_SERVICE: Record<ServiceType, readonly CaseSection[]> = {
  shelter: ['identity', 'assessments', 'shelter', 'services'],
  medical: ['identity', 'assessments', 'services'],
  psychosocial: ['identity', 'assessments', 'services'],
  legal_aid: ['identity', 'documents', 'screening', 'exploitation', 'services'],
  education: ['identity', 'reintegration', 'services'],
  vocational_training: ['identity', 'reintegration', 'services'],
  livelihood: ['identity', 'reintegration', 'services'],
  family_reunification: ['identity', 'contacts', 'family_tracing', 'services'],
  repatriation: ['identity', 'documents', 'contacts', 'repatriation', 'family_tracing', 'services'],
};

/** Repatriation channels. */
export const REPATRIATION_CHANNELS = ['government_to_government', 'iom_assisted', 'ngo', 'self'] as const;
export type RepatriationChannel = (typeof REPATRIATION_CHANNELS)[number];

/**
 * The eleven rights of the 2009 national minimum standards for protecting the rights of
 * trafficking victims. The first five are named in published summaries of the standards; the
 * other six are our reading and are marked unverified until checked against the standards' text.
 */
export const VICTIM_RIGHTS = [
  { code: 'safety_and_protection', verified: true },
  { code: 'privacy_and_confidentiality', verified: true },
  { code: 'dignity', verified: true },
  { code: 'services', verified: true },
  { code: 'freedom_of_movement', verified: true },
  { code: 'non_discrimination', verified: false },
  { code: 'information', verified: false },
  { code: 'participation_and_self_determination', verified: false },
  { code: 'legal_assistance_and_justice', verified: false },
  { code: 'family_contact', verified: false },
  { code: 'best_interests_of_the_child', verified: false },
] as const;
export type VictimRight = (typeof VICTIM_RIGHTS)[number]['code'];
export const VICTIM_RIGHT_CODES = VICTIM_RIGHTS.map((right) => right.code) as [VictimRight, ...VictimRight[]];

import type { CaseStage, ExploitationSector, ExploitationType, ForcedLabourIndicator, RecruitmentMethod, Sex } from '@ctip/contracts';

/**
 * ctip's codes in the variables and picklist values of IOM's Human Trafficking Case Data
 * Standard 2.0 (HTCDS, CC BY 4.0, github.com/UNMigration/HTCDS). Written here from the
 * standard's field list; HTCDS-EXPORT.md explains each choice, and a test checks every name and
 * value against the standard's own files. Where the standard has no variable, the column is
 * ctip's own and starts with `ctip_`.
 */

/** prs_Gender. HTCDS records gender; ctip records sex, so only the nearest values are used. */
export const HTCDS_GENDER: Record<Sex, string> = {
  female: 'Feminine',
  male: 'Masculine',
  other: 'NonConforming',
  unknown: 'NonSpecifiedUnknown',
};

/** vic_TypeOfExploitation. Forced criminality (scam compounds) has no value of its own in HTCDS 2.0: it is Other, and ctip_TypeOfExploitation keeps ctip's code. */
export const HTCDS_EXPLOITATION_TYPE: Record<ExploitationType, string> = {
  sexual_exploitation: 'SexualExploitation',
  forced_labour: 'ForcedLabour',
  forced_criminality: 'Other',
  forced_marriage: 'ForcedMarriage',
  begging_and_street_selling: 'ForcedBegging',
  domestic_servitude: 'Servitude',
  illegal_adoption: 'ForcedAdoption',
  organ_removal: 'OrganRemoval',
  // The ILO counts debt bondage as a form of forced labour.
  debt_bondage: 'ForcedLabour',
};

/** vic_ForcedLabourIndustry, an ISIC rev. 4 section; null where no section fits (begging, other). */
export const HTCDS_INDUSTRY: Record<ExploitationSector, string | null> = {
  fishing: 'A_AgricultureForestryAndFishing',
  agriculture: 'A_AgricultureForestryAndFishing',
  factory: 'C_Manufacturing',
  // Brick making is manufacturing (ISIC 2392, clay building materials).
  brick_kiln: 'C_Manufacturing',
  construction: 'F_Construction',
  tourism: 'I_AccommodationAndFoodServiceActivities',
  // Scam compounds present themselves as call centres (ISIC 8220).
  scam_compound: 'N_AdministrativeAndSupportServiceActivities',
  // Karaoke bars and beer gardens.
  entertainment: 'R_ArtsEntertainmentAndRecreation',
  domestic_work: 'T_ActivitiesOfHouseholdsAsEmployers',
  begging: null,
  other: null,
};

/** cas_Status, from ctip's stage: open stages are Active, follow-up is FollowUp, closed is Closed. */
export const HTCDS_CASE_STATUS: Record<CaseStage, string> = {
  identified: 'Active',
  in_care: 'Active',
  repatriation: 'Active',
  family_tracing: 'Active',
  reintegration: 'Active',
  follow_up: 'FollowUp',
  closed: 'Closed',
};

/** vic_TraffickingStatus: a presumptive identification is a possible victim; a formal one, an actual victim. */
export const HTCDS_TRAFFICKING_STATUS: Record<'presumptive' | 'formal', string> = {
  presumptive: 'PossibleVictimOfTrafficking',
  formal: 'ActualVictimOfTrafficking',
};

/** vic_MethodOfRecruitment: where the standard's values say how contact was made. */
export const HTCDS_RECRUITMENT_METHOD: Record<RecruitmentMethod, string> = {
  social_media_job_offer: 'ThroughOnlineSocialNetworks',
  relative_or_acquaintance: 'ThroughFriendsOrSocialEvents',
  marriage_broker: 'Other',
  broker: 'Other',
  recruitment_agency: 'AtAPlaceOfBusiness',
  abduction: 'Other',
  other: 'Other',
};

/** vic_MethodsOfControl, from the ILO indicators found at screening; indicators without a counterpart are left out. */
export const HTCDS_METHODS_OF_CONTROL: Record<ForcedLabourIndicator, readonly string[]> = {
  abuse_of_vulnerability: [],
  deception: ['FalsePromises'],
  restriction_of_movement: [],
  isolation: [],
  physical_and_sexual_violence: ['PhysicalAbuse', 'SexualAbuse'],
  intimidation_and_threats: ['PhysicalThreats'],
  retention_of_identity_documents: ['WithholdsDocuments'],
  withholding_of_wages: ['TakesEarnings'],
  debt_bondage: ['DebtBondage'],
  abusive_working_and_living_conditions: ['WithholdsNecessities'],
  excessive_overtime: ['ExcessiveWorkingHours'],
};

/** The export's columns, in order: HTCDS variables where one maps, ctip's own otherwise. */
export const EXPORT_COLUMNS = [
  'prs_Gender',
  'ctip_AgeBand',
  'prs_Citizenship',
  'prs_MailingState',
  'vic_TypeOfExploitation',
  'ctip_TypeOfExploitation',
  'vic_ForcedLabourIndustry',
  'ctip_Sector',
  'ctip_YearIdentified',
  'vic_TraffickingStatus',
  'cas_Status',
  'ctip_Stage',
  'ctip_MosvyStage',
  'vic_MethodOfRecruitment',
  'vic_MethodsOfControl',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/** HTCDS multi-select values are joined as Salesforce joins them. */
export const MULTI_VALUE_SEPARATOR = ';';

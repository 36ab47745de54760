/**
 * The closed lists of intake, the site registry and operations (DOMAIN.md, "Intake, sites and
 * operations"), and the constants the server and the web app both apply. Codes are stable; the
 * web app translates each code in English and Khmer.
 */

/** How a report reached the platform. */
export const REPORT_CHANNELS = ['hotline', 'telegram', 'facebook', 'whatsapp', 'walk_in', 'letter', 'embassy_request', 'referral', 'media'] as const;
export type ReportChannel = (typeof REPORT_CHANNELS)[number];

/** How urgent a report is, most urgent first. */
export const REPORT_URGENCIES = ['immediate_danger', 'high', 'normal'] as const;
export type ReportUrgency = (typeof REPORT_URGENCIES)[number];

/** Triage statuses of a report, in order. */
export const REPORT_STATUSES = ['new', 'triaged', 'assigned', 'actioned', 'closed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** Statuses in which a report is still waiting for a response (the queue; the response clock runs). */
export const OPEN_REPORT_STATUSES = ['new', 'triaged', 'assigned'] as const satisfies readonly ReportStatus[];

/** Why a report was closed. */
export const REPORT_CLOSURE_REASONS = ['resolved', 'referred', 'duplicate', 'unfounded'] as const;
export type ReportClosureReason = (typeof REPORT_CLOSURE_REASONS)[number];

/** What a report alleges (several may apply). */
export const ALLEGATION_TYPES = [
  'forced_criminality',
  'forced_labour',
  'sexual_exploitation',
  'child_sexual_exploitation',
  'forced_marriage',
  'domestic_servitude',
  'begging',
  'debt_bondage',
  'deceptive_recruitment',
  'confinement',
  'violence',
  'document_retention',
  'organ_removal',
  'illegal_adoption',
  'missing_person',
  'other',
] as const;
export type AllegationType = (typeof ALLEGATION_TYPES)[number];

/** Who the reporter is to the people concerned. */
export const REPORTER_RELATIONSHIPS = ['self', 'family_member', 'friend_or_acquaintance', 'employer_or_colleague', 'embassy', 'ngo', 'authority', 'journalist', 'member_of_public', 'other'] as const;
export type ReporterRelationship = (typeof REPORTER_RELATIONSHIPS)[number];

/** Why two reports were linked (links are symmetric). */
export const REPORT_LINK_REASONS = ['same_site', 'same_reporter', 'same_people', 'same_place_and_time', 'same_incident', 'other'] as const;
export type ReportLinkReason = (typeof REPORT_LINK_REASONS)[number];

/** Reasons a possible duplicate is suggested while a report is typed. */
export const DUPLICATE_REASONS = ['same_site', 'same_reporter_contact', 'same_contact', 'same_people', 'same_place_and_time'] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

/**
 * Response-time targets by urgency, in hours, from the moment a report was received until it is
 * actioned or closed. Configurable here: the server and the web app read the same figures.
 */
export const RESPONSE_TARGET_HOURS: Record<ReportUrgency, number> = {
  immediate_danger: 1,
  high: 24,
  normal: 7 * 24,
};

/** The window around a report's reception within which another report from the same province is a possible duplicate. */
export const DUPLICATE_PLACE_WINDOW_DAYS = 3;

/** Kinds of site of exploitation. */
export const SITE_KINDS = [
  'scam_compound',
  'casino',
  'hotel',
  'karaoke_bar_or_beer_garden',
  'brothel',
  'massage_parlour',
  'fishing_vessel',
  'factory',
  'construction_site',
  'plantation',
  'brick_kiln',
  'household',
] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

/** The exploitation sector (survivor cases' vocabulary) a kind of site belongs to. */
export const SECTOR_OF_SITE_KIND: Record<SiteKind, string> = {
  scam_compound: 'scam_compound',
  casino: 'scam_compound',
  hotel: 'tourism',
  karaoke_bar_or_beer_garden: 'entertainment',
  brothel: 'entertainment',
  massage_parlour: 'entertainment',
  fishing_vessel: 'fishing',
  factory: 'factory',
  construction_site: 'construction',
  plantation: 'agriculture',
  brick_kiln: 'brick_kiln',
  household: 'domestic_work',
};

/** Statuses in a site's dated history. */
export const SITE_STATUSES = ['reported', 'under_investigation', 'raided', 'closed', 'reopened', 'licensed'] as const;
export type SiteStatus = (typeof SITE_STATUSES)[number];

/** What a status entry rests on. */
export const SITE_SOURCE_KINDS = ['report', 'operation', 'document', 'press_article'] as const;
export type SiteSourceKind = (typeof SITE_SOURCE_KINDS)[number];

/** Patterns the registry surfaces on a site. */
export const SITE_PATTERNS = ['licensed_after_raid', 'reopened_after_raid', 'many_reports_no_operation', 'reports_after_closure'] as const;
export type SitePattern = (typeof SITE_PATTERNS)[number];

/** Thresholds of the patterns (configurable here; the patterns endpoint also takes an override). */
export const SITE_PATTERN_RULES = {
  /** At least this many reports about a site, and no operation there: "many reports and no operation". */
  manyReportsThreshold: 5,
} as const;

/**
 * Cambodia's bounding box (WGS84, degrees), slightly wider than the outermost islands and border
 * points of the province boundaries, so that any point on land or its islands is accepted.
 */
export const CAMBODIA_BOUNDS = { west: 102.3, east: 107.7, south: 9.8, north: 14.75 } as const;

/** Kinds of operation. */
export const OPERATION_KINDS = ['inspection', 'raid', 'rescue'] as const;
export type OperationKind = (typeof OPERATION_KINDS)[number];

/** Operations that put a "raided" entry in the site's history (an inspection does not). */
export const RAIDING_OPERATION_KINDS: readonly OperationKind[] = ['raid', 'rescue'];

import { ROLES, type Role } from '@ctip/contracts';

const EVERYONE = ROLES;

/**
 * Which roles may attempt each action at all. Deny by default: an action missing here is
 * refused to everyone. Whether the action may touch a given record is decided afterwards by
 * the record's scope (policy.ts).
 */
export const PERMISSIONS = {
  'organisation.list': EVERYONE,
  'organisation.read': EVERYONE,
  'organisation.create': ['administrator'],
  'organisation.update': ['administrator'],
  'user.list': ['administrator'],
  'user.read': ['administrator'],
  'user.create': ['administrator'],
  'user.update': ['administrator'],
  'user.disable': ['administrator'],
  'user.enable': ['administrator'],
  'user.reset_password': ['administrator'],
  'user.reset_second_factor': ['administrator'],
  'session.list': ['administrator'],
  'session.terminate': ['administrator'],
  'audit.read': ['administrator'],
  'audit.verify': ['administrator'],
  'reference.read': EVERYONE,
  // Who else in one's own organisation works on cases (to assign a case or narrow it to named people).
  'colleague.list': ['case_worker', 'investigator', 'partner_liaison', 'hotline_operator'],
  'person.create': ['case_worker', 'hotline_operator', 'investigator'],
  'person.check_duplicates': ['case_worker', 'hotline_operator', 'investigator'],
  'person.read': ['case_worker', 'investigator', 'partner_liaison'],
  'person.update': ['case_worker'],
  'screening.create': ['case_worker', 'investigator'],
  'screening.read': ['case_worker', 'investigator', 'partner_liaison'],
  'case.list': ['case_worker', 'investigator', 'partner_liaison'],
  'case.create': ['case_worker'],
  'case.read': ['case_worker', 'investigator', 'partner_liaison'],
  'case.update': ['case_worker'],
  'case.move_stage': ['case_worker'],
  'case.manage_consent': ['case_worker'],
  'case.refer': ['case_worker'],
  'case.transfer': ['case_worker'],
  'case.restrict': ['case_worker'],
  // Within the sections the caller's organisation sees: a shelter records stays, an embassy repatriation.
  'case.record_entry': ['case_worker', 'investigator', 'partner_liaison'],
  // Shelters are listed to every role that works on cases (to find a free place); each organisation keeps its own.
  'shelter.list': ['case_worker', 'investigator', 'partner_liaison'],
  'shelter.manage': ['case_worker'],
  'referral.list': ['case_worker', 'investigator', 'partner_liaison'],
  'referral.respond': ['case_worker', 'investigator', 'partner_liaison'],
  'referral.end': ['case_worker'],
  'case.import': ['case_worker'],
  'case.export_deidentified': ['analyst', 'case_worker'],
  // Estimates are aggregates over de-identified, linked records: analysts run them; anyone sees the rounded range.
  'estimation.run': ['analyst'],
  'estimation.read': ['analyst'],
  'estimation.read_published': EVERYONE,
  // Record linkage compares persons across every organisation: the platform operator's administrators run and review it.
  'linkage.run': ['administrator'],
  'linkage.review': ['administrator'],
  'linkage.read': ['administrator'],
  // Intake, sites, operations, map (policy/intake-scope.ts and modules/intake/POLICY.md say which records).
  'report.create': ['hotline_operator', 'investigator'],
  // Whoever records reports may import an embassy's list of people as one report.
  'report.import': ['hotline_operator', 'investigator'],
  'report.check_duplicates': ['hotline_operator', 'investigator'],
  'report.list': ['hotline_operator', 'investigator', 'case_worker'],
  'report.read': ['hotline_operator', 'investigator', 'case_worker'],
  'report.update': ['hotline_operator', 'investigator'],
  'report.move_status': ['hotline_operator', 'investigator'],
  'report.link': ['hotline_operator', 'investigator'],
  'report.share': ['hotline_operator', 'investigator'],
  'site.list': ['hotline_operator', 'investigator', 'case_worker', 'administrator'],
  'site.read': ['hotline_operator', 'investigator', 'case_worker', 'administrator'],
  'site.create': ['hotline_operator', 'investigator'],
  'site.update': ['hotline_operator', 'investigator'],
  'site.record_status': ['hotline_operator', 'investigator'],
  'site.publish': ['administrator'],
  'operation.create': ['investigator', 'case_worker'],
  'operation.list': ['investigator', 'case_worker', 'hotline_operator'],
  'operation.read': ['investigator', 'case_worker', 'hotline_operator'],
  'geo.read': EVERYONE,
  'map.read': ['hotline_operator', 'investigator', 'case_worker', 'administrator'],
} as const satisfies Record<string, readonly Role[]>;

/** Every action the policy knows. */
export type Action = keyof typeof PERMISSIONS;

/** Whether any of the roles may attempt the action. */
export function roleAllows(roles: readonly Role[], action: Action): boolean {
  const allowed: readonly Role[] = PERMISSIONS[action];
  return roles.some((role) => allowed.includes(role));
}

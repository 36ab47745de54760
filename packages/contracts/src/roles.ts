/**
 * The roles a user may hold. A role says what kinds of action a user may take; which records
 * they may take them on is decided by their organisation (see the server's policy module).
 */
export const ROLES = [
  'administrator',
  'case_worker',
  'hotline_operator',
  'investigator',
  'analyst',
  'partner_liaison',
] as const;

/** One of {@link ROLES}. */
export type Role = (typeof ROLES)[number];

/** Roles whose holders can see identifying data and therefore must use a second factor. */
export const ROLES_SEEING_IDENTIFYING_DATA: readonly Role[] = [
  'administrator',
  'case_worker',
  'hotline_operator',
  'investigator',
  'partner_liaison',
];

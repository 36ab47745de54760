/** Limits shared by the server's validation and the web app's forms, so both say the same. */
export const LIMITS = {
  passwordMinLength: 12,
  passwordMaxLength: 256,
  emailMaxLength: 254,
  displayNameMaxLength: 120,
  organisationNameMaxLength: 200,
  searchTextMaxLength: 200,
  pageSizeDefault: 25,
  pageSizeMax: 100,
  totpCodeLength: 6,
  recoveryCodeCount: 10,
  /** Largest JSON body accepted by ordinary routes; uploads have their own limits. */
  jsonBodyBytes: 1_048_576,
} as const;

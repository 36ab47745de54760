import { z } from 'zod';
import { LIMITS } from './limits';
import { LOCALES } from './locales';
import { ROLES } from './roles';

/** Email addresses are compared lower-cased and trimmed. */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3)
  .max(LIMITS.emailMaxLength)
  .email();

/** A new password: long rather than complex (NIST SP 800-63B, OWASP ASVS 6.2). */
export const newPasswordSchema = z
  .string()
  .min(LIMITS.passwordMinLength)
  .max(LIMITS.passwordMaxLength);

/** Body of `POST /api/auth/sign-in`. */
export const signInRequestSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(LIMITS.passwordMaxLength),
});

/** Body of `POST /api/auth/second-factor`: a code from the authenticator app, or a recovery code. */
export const secondFactorRequestSchema = z
  .object({
    code: z.string().regex(/^\d{6}$/, 'six digits').optional(),
    recoveryCode: z.string().trim().min(8).max(32).optional(),
  })
  .refine((body) => (body.code === undefined) !== (body.recoveryCode === undefined), {
    message: 'give either code or recoveryCode',
    path: ['code'],
  });

/** Body of `POST /api/auth/second-factor/enrolment/confirm`. */
export const confirmEnrolmentRequestSchema = z.object({
  code: z.string().regex(/^\d{6}$/, 'six digits'),
});

/** Body of `POST /api/auth/password`. */
export const changePasswordRequestSchema = z.object({
  currentPassword: z.string().min(1).max(LIMITS.passwordMaxLength),
  newPassword: newPasswordSchema,
});

/**
 * Where a session stands. Only `active` sessions reach the application; the others may only
 * finish signing in (second factor, enrolment, password change) or sign out.
 */
export const SESSION_STATES = ['active', 'second_factor', 'enrol_second_factor', 'change_password'] as const;

/** One of {@link SESSION_STATES}. */
export type SessionState = (typeof SESSION_STATES)[number];

/** What the web app knows about the signed-in user. */
export const sessionInfoSchema = z.object({
  state: z.enum(SESSION_STATES),
  csrfToken: z.string(),
  idleExpiresAt: z.string(),
  absoluteExpiresAt: z.string(),
  demoMode: z.boolean(),
  user: z.object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    locale: z.enum(LOCALES),
    roles: z.array(z.enum(ROLES)),
    hasSecondFactor: z.boolean(),
    organisation: z.object({
      id: z.string(),
      nameEn: z.string(),
      nameKm: z.string().nullable(),
      isPlatformOperator: z.boolean(),
    }),
  }),
});

/** The signed-in user and their session. */
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

/** Answer to enrolment start: the shared secret, shown once, as text and as an otpauth URI. */
export const enrolmentStartSchema = z.object({
  secret: z.string(),
  otpauthUri: z.string(),
});

/** Answer to enrolment confirmation: recovery codes, shown once. */
export const recoveryCodesSchema = z.object({
  recoveryCodes: z.array(z.string()),
});

/** Body of `PATCH /api/me/preferences`. */
export const preferencesRequestSchema = z.object({
  locale: z.enum(LOCALES),
});

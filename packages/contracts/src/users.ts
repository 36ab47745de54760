import { z } from 'zod';
import { emailSchema } from './auth';
import { LIMITS } from './limits';
import { LOCALES } from './locales';
import { ROLES } from './roles';

/** Body of `POST /api/users`. The server answers with a temporary password, shown once. */
export const createUserRequestSchema = z.object({
  email: emailSchema,
  displayName: z.string().trim().min(1).max(LIMITS.displayNameMaxLength),
  organisationId: z.string().min(1).max(64),
  roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length),
  locale: z.enum(LOCALES).default('en'),
});

/** Body of `PATCH /api/users/:id`. */
export const updateUserRequestSchema = z
  .object({
    displayName: z.string().trim().min(1).max(LIMITS.displayNameMaxLength),
    roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length),
    locale: z.enum(LOCALES),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, { message: 'nothing to change' });

/** A user as administrators see them. */
export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  organisationId: z.string(),
  organisationNameEn: z.string(),
  roles: z.array(z.enum(ROLES)),
  locale: z.enum(LOCALES),
  status: z.enum(['active', 'disabled']),
  hasSecondFactor: z.boolean(),
  mustChangePassword: z.boolean(),
  lastSignInAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** A user. */
export type User = z.infer<typeof userSchema>;

/** Answer to user creation and password reset: the temporary password, shown once. */
export const temporaryPasswordSchema = z.object({
  user: userSchema,
  temporaryPassword: z.string(),
});

/** An active session as administrators see it. */
export const sessionSummarySchema = z.object({
  id: z.string(),
  userId: z.string(),
  userEmail: z.string(),
  organisationId: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});

/** A session summary. */
export type SessionSummary = z.infer<typeof sessionSummarySchema>;

import { z } from 'zod';
import { CONSENT_KINDS, CONSENT_METHODS, SERVICE_TYPES } from './vocabulary';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

/** Body of `POST /api/cases/:id/consents`. Sharing names its recipient: an organisation or, for repatriation, a country. */
export const consentInputSchema = z
  .object({
    kind: z.enum(CONSENT_KINDS),
    recipientOrganisationId: z.string().max(64).nullable().default(null),
    recipientCountry: z.string().regex(/^[A-Z]{2}$/).nullable().default(null),
    method: z.enum(CONSENT_METHODS),
    givenOn: isoDate,
    note: z.string().trim().max(2000).default(''),
  })
  .refine((body) => body.kind !== 'share_with_organisation' || body.recipientOrganisationId !== null, { message: 'name the organisation', path: ['recipientOrganisationId'] })
  .refine((body) => body.kind !== 'share_for_repatriation' || body.recipientCountry !== null, { message: 'name the receiving country', path: ['recipientCountry'] });

/** A consent and, once withdrawn, when and why. */
export const consentSchema = z.object({
  id: z.string(),
  kind: z.enum(CONSENT_KINDS),
  recipientOrganisation: z.object({ id: z.string(), nameEn: z.string() }).nullable(),
  recipientCountry: z.string().nullable(),
  method: z.enum(CONSENT_METHODS),
  givenOn: z.string(),
  note: z.string(),
  recordedBy: z.string(),
  withdrawnOn: z.string().nullable(),
  withdrawalReason: z.string().nullable(),
  active: z.boolean(),
});

/** Body of `POST /api/cases/:id/consents/:consentId/withdraw`. */
export const withdrawConsentInputSchema = z.object({ withdrawnOn: isoDate, reason: z.string().trim().min(3).max(2000) });

/** Body of `POST /api/cases/:id/referrals`. Without an active consent to share with the recipient, only a reasoned override goes through. */
export const referralInputSchema = z.object({
  toOrganisationId: z.string().min(1).max(64),
  service: z.enum(SERVICE_TYPES),
  note: z.string().trim().max(2000).default(''),
  consentOverrideReason: z.string().trim().min(10).max(2000).nullable().default(null),
});

/** Body of `POST /api/cases/:id/transfer`. */
export const transferInputSchema = z.object({
  toOrganisationId: z.string().min(1).max(64),
  reason: z.string().trim().min(3).max(2000),
  consentOverrideReason: z.string().trim().min(10).max(2000).nullable().default(null),
});

/** A referral or transfer as both sides see it. */
export const referralSchema = z.object({
  id: z.string(),
  kind: z.enum(['referral', 'transfer']),
  caseId: z.string(),
  caseNumber: z.string(),
  service: z.enum(SERVICE_TYPES).nullable(),
  fromOrganisation: z.object({ id: z.string(), nameEn: z.string(), nameKm: z.string().nullable() }),
  toOrganisation: z.object({ id: z.string(), nameEn: z.string(), nameKm: z.string().nullable() }),
  status: z.enum(['pending', 'accepted', 'declined', 'withdrawn', 'completed']),
  note: z.string(),
  responseNote: z.string().nullable(),
  consentOverridden: z.boolean(),
  createdAt: z.string(),
  respondedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
});
export type Referral = z.infer<typeof referralSchema>;

/** Body of accept/decline/complete/withdraw on a referral. */
export const referralResponseInputSchema = z.object({ note: z.string().trim().max(2000).default('') });

import { z } from 'zod';
import { LIMITS } from './limits';

/** Kinds of organisation (DOMAIN.md, "People and organisations"). */
export const ORGANISATION_KINDS = [
  'government_body',
  'police_unit',
  'court',
  'ngo',
  'international_organisation',
  'embassy',
  'shelter',
  'company',
  'recruitment_agency',
  'employer',
  'intergovernmental_process',
  'media',
] as const;

/** One of {@link ORGANISATION_KINDS}. */
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** ISO 3166-1 alpha-2 country code. */
export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code');

/** Body of `POST /api/organisations`. */
export const createOrganisationRequestSchema = z.object({
  nameEn: z.string().trim().min(2).max(LIMITS.organisationNameMaxLength),
  nameKm: z.string().trim().min(1).max(LIMITS.organisationNameMaxLength).nullable().optional(),
  kind: z.enum(ORGANISATION_KINDS),
  countryCode: countryCodeSchema,
});

/** Body of `PATCH /api/organisations/:id`. */
export const updateOrganisationRequestSchema = createOrganisationRequestSchema
  .extend({ status: z.enum(['active', 'inactive']) })
  .partial()
  .refine((body) => Object.keys(body).length > 0, { message: 'nothing to change' });

/** An organisation as the API shows it. */
export const organisationSchema = z.object({
  id: z.string(),
  nameEn: z.string(),
  nameKm: z.string().nullable(),
  kind: z.enum(ORGANISATION_KINDS),
  countryCode: z.string().nullable(),
  acronym: z.string().nullable(),
  status: z.enum(['active', 'inactive']),
  isPlatformOperator: z.boolean(),
  source: z.enum(['local', 'country_pack']),
  userCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** An organisation. */
export type Organisation = z.infer<typeof organisationSchema>;

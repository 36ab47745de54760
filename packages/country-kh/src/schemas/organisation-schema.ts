import { z } from 'zod';
import { countryCodeSchema, idSchema, khmerTextSchema, sourceIdsSchema, textSchema } from './common-schemas';

/** Organisation kinds: those of DOMAIN.md plus media and intergovernmental processes. */
export const organisationKinds = [
  'government_body',
  'police_unit',
  'court',
  'ngo',
  'international_organisation',
  'intergovernmental_process',
  'embassy',
  'shelter',
  'company',
  'recruitment_agency',
  'employer',
  'media',
] as const;

/** An organisation the seeds name, or one the platform refers to. */
export const organisationSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(organisationKinds),
  nameEn: textSchema,
  /** Empty unless the Khmer name is known to be right. */
  nameKm: khmerTextSchema.nullable(),
  acronym: textSchema.nullable(),
  alternativeNames: z.array(textSchema),
  /** Null for international organisations. */
  country: countryCodeSchema.nullable(),
  parentId: idSchema.nullable(),
  status: z.enum(['active', 'defunct', 'unknown']),
  successorId: idSchema.nullable(),
  note: textSchema.nullable(),
  sourceIds: sourceIdsSchema,
});

/** The organisations.json file. */
export const organisationsFileSchema = z.strictObject({
  $comment: z.string().optional(),
  organisations: z.array(organisationSchema),
});

export type Organisation = z.infer<typeof organisationSchema>;
export type OrganisationKind = (typeof organisationKinds)[number];

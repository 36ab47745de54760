import { z } from 'zod';
import { codeSchema, countryCodeSchema, khmerTextSchema, sourceIdsSchema, textSchema } from './common-schemas';

/** A flow involving Cambodia in which a country plays a part, as the cited seeds describe it. */
export const countryRoleSchema = z.strictObject({
  role: z.enum(['origin', 'transit', 'destination']),
  /** Criminal-market code from oc-index.json. */
  market: codeSchema,
  note: textSchema,
  sourceIds: sourceIdsSchema.min(1),
});

/** A country the seeds name, or one of the region's. */
export const countrySchema = z.strictObject({
  alpha2: countryCodeSchema,
  alpha3: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code'),
  nameEn: textSchema,
  officialNameEn: textSchema.nullable(),
  nameKm: khmerTextSchema,
  alternativeNames: z.array(textSchema),
  /** English nationality adjective (demonym). */
  demonymEn: textSchema,
  isNeighbour: z.boolean(),
  isAseanMember: z.boolean(),
  isCommitMember: z.boolean(),
  roles: z.array(countryRoleSchema),
  note: textSchema.nullable(),
});

/** The countries.json file. */
export const countriesFileSchema = z.strictObject({
  $comment: z.string().optional(),
  sourceIds: sourceIdsSchema,
  countries: z.array(countrySchema),
});

export type Country = z.infer<typeof countrySchema>;
export type CountryRole = z.infer<typeof countryRoleSchema>;

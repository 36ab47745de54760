import { z } from 'zod';
import { coordinatesSchema, khmerTextSchema, provinceCodeSchema, sourceIdsSchema, textSchema } from './common-schemas';

/** One of Cambodia's 25 first-level units (24 provinces and the capital). */
export const provinceSchema = z.strictObject({
  code: provinceCodeSchema,
  number: z.number().int().min(1).max(25),
  type: z.enum(['province', 'capital']),
  nameEn: textSchema,
  nameKm: khmerTextSchema,
  /** The subdivision name ISO 3166-2 publishes. */
  nameIso: textSchema,
  /** The BGN/PCGN 1972 romanisation. */
  nameBgnPcgn: textSchema,
  /** Other spellings seen in documents, Latin or Khmer; all of them are searched by findProvince. */
  alternativeSpellings: z.array(textSchema),
  capital: z.strictObject({ nameEn: textSchema, nameKm: khmerTextSchema.nullable() }).nullable(),
  centroid: coordinatesSchema,
  note: textSchema.nullable(),
}).refine((province) => province.code === `KH-${province.number}`, {
  message: 'code and number disagree',
  path: ['number'],
});

/** The provinces.json file. */
export const provincesFileSchema = z.strictObject({
  $comment: z.string().optional(),
  sourceIds: sourceIdsSchema,
  provinces: z.array(provinceSchema),
});

export type Province = z.infer<typeof provinceSchema>;

import { z } from 'zod';
import { codeSchema, countryCodeSchema, idSchema, textSchema } from './common-schemas';

const editionsSchema = z.array(z.number().int().min(2019)).min(1);

/** A score on the Index's 1-10 scale, or null when it was not read. */
const scoreSchema = z.number().min(1).max(10).nullable();

/** One edition's scores for one country; maps are keyed by the codes of the structure. */
export const ocIndexEditionSchema = z.strictObject({
  edition: z.number().int().min(2019),
  sourceId: idSchema,
  countryCode: countryCodeSchema,
  criminality: scoreSchema,
  criminalityRank: z.number().int().positive().nullable(),
  rankedCountries: z.number().int().positive(),
  criminalMarkets: scoreSchema,
  criminalActors: scoreSchema,
  resilience: scoreSchema,
  markets: z.record(codeSchema, scoreSchema),
  actors: z.record(codeSchema, scoreSchema),
  resilienceIndicators: z.record(codeSchema, scoreSchema),
  note: textSchema.nullable(),
});

/** The oc-index.json file: the Global Organized Crime Index's structure and Cambodia's scores. */
export const ocIndexFileSchema = z.strictObject({
  $comment: z.string().optional(),
  scale: z.strictObject({ min: z.literal(1), max: z.literal(10) }),
  marketGroups: z.array(z.strictObject({ code: codeSchema, nameEn: textSchema })),
  markets: z.array(z.strictObject({ code: codeSchema, nameEn: textSchema, group: codeSchema, editions: editionsSchema })),
  actorTypes: z.array(z.strictObject({ code: codeSchema, nameEn: textSchema, editions: editionsSchema })),
  resilienceGroups: z.array(z.strictObject({ code: codeSchema, nameEn: textSchema })),
  resilienceIndicators: z.array(z.strictObject({ code: codeSchema, nameEn: textSchema, group: codeSchema })),
  editions: z.array(ocIndexEditionSchema),
});

export type OcIndex = Omit<z.infer<typeof ocIndexFileSchema>, '$comment'>;
export type OcIndexEdition = z.infer<typeof ocIndexEditionSchema>;

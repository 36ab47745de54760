import { z } from 'zod';

/** A source document that reference data cites. */
export const referenceSourceSchema = z.object({
  id: z.string(),
  kind: z.enum(['seed', 'external']),
  title: z.string(),
  publisher: z.string().nullable(),
  author: z.string().nullable(),
  date: z.string().nullable(),
  url: z.string().nullable(),
  note: z.string().nullable(),
});

/** A first-level administrative unit of Cambodia (24 provinces and Phnom Penh). */
export const provinceSchema = z.object({
  code: z.string(),
  type: z.enum(['province', 'capital']),
  nameEn: z.string(),
  nameKm: z.string(),
  alternativeSpellings: z.array(z.string()),
  capitalEn: z.string().nullable(),
  capitalKm: z.string().nullable(),
  latitude: z.number(),
  longitude: z.number(),
});

/** A country, with the roles the sources give it in trafficking flows. */
export const countrySchema = z.object({
  code: z.string(),
  alpha3: z.string(),
  nameEn: z.string(),
  nameKm: z.string(),
  demonymEn: z.string(),
  isNeighbour: z.boolean(),
  roles: z.array(z.object({ role: z.enum(['origin', 'transit', 'destination']), market: z.string(), note: z.string(), sourceIds: z.array(z.string()) })),
});

/** A town or border checkpoint that matters to trafficking routes. */
export const placeSchema = z.object({
  id: z.string(),
  kind: z.enum(['town', 'border_checkpoint']),
  nameEn: z.string(),
  nameKm: z.string().nullable(),
  provinceCode: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  precisionKm: z.number(),
  counterpartCountry: z.string().nullable(),
  counterpartPlace: z.string().nullable(),
});

/** A penalty as written in a law article. */
export const penaltySchema = z.object({
  imprisonment: z.object({ min: z.number(), max: z.number(), unit: z.enum(['days', 'months', 'years']) }).nullable(),
  fine: z.string().nullable(),
  combination: z.enum(['and', 'or', 'and_or']).nullable(),
});

/** One version of one article of a law. */
export const lawArticleSchema = z.object({
  id: z.string(),
  article: z.string(),
  version: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  titleEn: z.string().nullable(),
  isOffence: z.boolean(),
  penalty: penaltySchema.nullable(),
  aggravatedPenalties: z.array(z.object({ circumstances: z.array(z.string()), penalty: penaltySchema })),
  criminalMarket: z.string(),
  verification: z.enum(['translation_read', 'secondary_source', 'unverified']),
  note: z.string(),
});

/** A law, agreement, plan or guideline, with its articles that matter to charges. */
export const lawSchema = z.object({
  id: z.string(),
  kind: z.string(),
  titleEn: z.string(),
  titleKm: z.string().nullable(),
  shortName: z.string(),
  date: z.string().nullable(),
  dateKind: z.string().nullable(),
  period: z.string().nullable(),
  parties: z.array(z.string()),
  status: z.enum(['in_force', 'repealed', 'expired', 'unknown']),
  note: z.string().nullable(),
  sourceIds: z.array(z.string()),
  articles: z.array(lawArticleSchema),
});

/** What a reference statistic measures. */
export const indicatorSchema = z.object({
  code: z.string(),
  nameEn: z.string(),
  nameKm: z.string().nullable(),
  unit: z.string(),
  description: z.string().nullable(),
});

/** A figure published in a source document, with that source. */
export const referenceStatisticSchema = z.object({
  id: z.string(),
  indicator: z.string(),
  indicatorNameEn: z.string(),
  indicatorNameKm: z.string().nullable(),
  period: z.string().nullable(),
  value: z.number().nullable(),
  upperValue: z.number().nullable(),
  qualifier: z.enum(['exact', 'approximate', 'nearly', 'more_than', 'up_to', 'range', 'not_available']),
  unit: z.string(),
  breakdown: z.record(z.string(), z.string()),
  asPrinted: z.string(),
  note: z.string().nullable(),
  source: z.object({ id: z.string(), title: z.string(), publisher: z.string().nullable(), date: z.string().nullable(), section: z.string().nullable(), page: z.string().nullable() }),
});

/** The Global Organized Crime Index: its structure and Cambodia's scores by edition (null = not read). */
export const ocIndexSchema = z.object({
  markets: z.array(z.object({ code: z.string(), nameEn: z.string(), group: z.string(), editions: z.array(z.number()) })),
  actorTypes: z.array(z.object({ code: z.string(), nameEn: z.string(), editions: z.array(z.number()) })),
  resilienceIndicators: z.array(z.object({ code: z.string(), nameEn: z.string(), group: z.string() })),
  editions: z.array(
    z.object({
      edition: z.number(),
      sourceId: z.string(),
      criminality: z.number().nullable(),
      criminalityRank: z.number().nullable(),
      rankedCountries: z.number(),
      criminalMarkets: z.number().nullable(),
      criminalActors: z.number().nullable(),
      resilience: z.number().nullable(),
      markets: z.record(z.string(), z.number().nullable()),
      actors: z.record(z.string(), z.number().nullable()),
      resilienceIndicators: z.record(z.string(), z.number().nullable()),
    }),
  ),
});

export type ReferenceSource = z.infer<typeof referenceSourceSchema>;
export type Province = z.infer<typeof provinceSchema>;
export type Country = z.infer<typeof countrySchema>;
export type Place = z.infer<typeof placeSchema>;
export type Law = z.infer<typeof lawSchema>;
export type LawArticle = z.infer<typeof lawArticleSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type ReferenceStatistic = z.infer<typeof referenceStatisticSchema>;
export type OcIndex = z.infer<typeof ocIndexSchema>;

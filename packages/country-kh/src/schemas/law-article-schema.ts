import { z } from 'zod';
import { codeSchema, idSchema, partialDateSchema, sourceIdsSchema, textSchema } from './common-schemas';

/** A term of imprisonment, from min to max in one unit. */
export const imprisonmentSchema = z.strictObject({
  min: z.number().positive(),
  max: z.number().positive(),
  unit: z.enum(['days', 'months', 'years']),
}).refine((term) => term.min <= term.max, { message: 'min must not exceed max', path: ['max'] });

/** A penalty: imprisonment, a fine (described in words, as the laws set fines in varying units), or both. */
export const penaltySchema = z.strictObject({
  imprisonment: imprisonmentSchema.nullable(),
  fine: textSchema.nullable(),
  /** How imprisonment and fine combine when both are given. */
  combination: z.enum(['and', 'or', 'and_or']).nullable(),
}).refine((penalty) => penalty.imprisonment !== null || penalty.fine !== null, { message: 'a penalty has imprisonment or a fine' })
  .refine((penalty) => (penalty.imprisonment !== null && penalty.fine !== null) === (penalty.combination !== null), {
    message: 'combination is given exactly when both imprisonment and fine are',
    path: ['combination'],
  });

/** Circumstances that raise a penalty. */
export const aggravatingCircumstances = [
  'victim_minor',
  'offender_public_official_abusing_authority',
  'organised_group',
] as const;

/** One version of one article of a law. Past versions are kept, never edited. */
export const lawArticleSchema = z.strictObject({
  id: idSchema,
  lawId: idSchema,
  article: z.string().regex(/^\d+[a-z]?$/, 'must be an article number such as 10'),
  version: partialDateSchema,
  validFrom: partialDateSchema,
  validTo: partialDateSchema.nullable(),
  /** Empty when the article's title was not verified. */
  titleEn: textSchema.nullable(),
  isOffence: z.boolean(),
  /** Empty when the penalty was not verified. */
  penalty: penaltySchema.nullable(),
  aggravatedPenalties: z.array(z.strictObject({
    circumstances: z.array(z.enum(aggravatingCircumstances)).min(1),
    penalty: penaltySchema,
  })),
  /** Criminal-market code from oc-index.json. */
  criminalMarket: codeSchema,
  verification: z.enum(['translation_read', 'secondary_source', 'unverified']),
  sourceIds: sourceIdsSchema,
  note: textSchema,
})
  .refine((article) => article.id === `${article.lawId}.art-${article.article}.v${article.version}`, {
    message: 'id must be <lawId>.art-<article>.v<version>',
    path: ['id'],
  })
  .refine((article) => article.validTo === null || article.validFrom <= article.validTo, { message: 'validTo before validFrom', path: ['validTo'] })
  .refine((article) => article.verification !== 'unverified' || (article.penalty === null && article.aggravatedPenalties.length === 0), {
    message: 'an unverified article carries no penalty',
    path: ['penalty'],
  });

/** The law-articles.json file. */
export const lawArticlesFileSchema = z.strictObject({
  $comment: z.string().optional(),
  articles: z.array(lawArticleSchema),
});

export type LawArticle = z.infer<typeof lawArticleSchema>;
export type Penalty = z.infer<typeof penaltySchema>;

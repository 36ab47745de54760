import { z } from 'zod';
import { countryCodeSchema, idSchema, khmerTextSchema, partialDateSchema, periodSchema, sourceIdsSchema, textSchema } from './common-schemas';

/** A law, code, agreement, plan or guideline. */
export const lawSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(['constitution', 'law', 'code', 'sub_decree', 'circular', 'mou', 'agreement', 'sop', 'plan', 'guideline', 'convention', 'protocol']),
  titleEn: textSchema,
  titleKm: khmerTextSchema.nullable(),
  shortName: textSchema,
  date: partialDateSchema.nullable(),
  dateKind: z.enum(['promulgated', 'signed', 'adopted', 'issued']).nullable(),
  /** For plans: the years they cover. */
  period: periodSchema.nullable(),
  /** Official reference number, e.g. NS/RKM/0208/005. */
  reference: textSchema.nullable(),
  /** The issuing country for national instruments; null for agreements and treaties. */
  country: countryCodeSchema.nullable(),
  /** Signatory countries of agreements. */
  parties: z.array(countryCodeSchema),
  status: z.enum(['in_force', 'repealed', 'expired', 'unknown']),
  supersedesId: idSchema.nullable(),
  note: textSchema.nullable(),
  sourceIds: sourceIdsSchema.min(1),
})
  .refine((law) => (law.date === null) === (law.dateKind === null), { message: 'date and dateKind go together', path: ['dateKind'] })
  .refine((law) => law.country !== null || law.parties.length > 0 || ['convention', 'protocol'].includes(law.kind), {
    message: 'a national instrument names its country; an agreement names its parties',
    path: ['parties'],
  });

/** The laws.json file. */
export const lawsFileSchema = z.strictObject({
  $comment: z.string().optional(),
  laws: z.array(lawSchema),
});

export type Law = z.infer<typeof lawSchema>;

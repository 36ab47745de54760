import { z } from 'zod';
import { idSchema, partialDateSchema, periodSchema, textSchema } from './common-schemas';

/** One document that data rows cite: a seed document or an external reference work. */
export const sourceSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(['seed', 'external']),
  seedFile: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/).nullable(),
  title: textSchema,
  publisher: textSchema.nullable(),
  author: textSchema.nullable(),
  date: z.union([partialDateSchema, periodSchema]).nullable(),
  dateNote: textSchema.nullable(),
  url: z.url().nullable(),
  language: z.enum(['en', 'km']),
  note: textSchema.nullable(),
}).refine((source) => (source.kind === 'seed') === (source.seedFile !== null), {
  message: 'a seed source names its seedFile and an external one does not',
  path: ['seedFile'],
});

/** The sources.json file. */
export const sourcesFileSchema = z.strictObject({
  $comment: z.string().optional(),
  sources: z.array(sourceSchema),
});

export type Source = z.infer<typeof sourceSchema>;

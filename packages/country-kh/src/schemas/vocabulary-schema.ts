import { z } from 'zod';
import { khmerTextSchema, sourceIdsSchema, textSchema } from './common-schemas';

/** ctip's survivor-case stages, in order (DOMAIN.md). */
export const caseStageCodes = ['identified', 'in_care', 'repatriation', 'family_tracing', 'reintegration', 'follow_up', 'closed'] as const;

/** MoSVY's four reporting stages (circular of 26 December 2022). */
export const mosvyStageCodes = ['pre_integration', 'integration', 'monitoring', 'closure'] as const;

const labelFields = {
  order: z.number().int().positive(),
  nameEn: textSchema,
  nameKm: khmerTextSchema,
  /** False until a Khmer speaker has checked the label against the source. */
  isKhmerReviewed: z.boolean(),
};

/** The vocabularies.json file. */
export const vocabulariesFileSchema = z.strictObject({
  $comment: z.string().optional(),
  sourceIds: sourceIdsSchema,
  mosvyCaseStages: z.array(z.strictObject({ code: z.enum(mosvyStageCodes), ...labelFields })),
  caseStages: z.array(z.strictObject({ code: z.enum(caseStageCodes), ...labelFields, mosvyStage: z.enum(mosvyStageCodes) })),
});

export type Vocabularies = Omit<z.infer<typeof vocabulariesFileSchema>, '$comment'>;
export type CaseStage = (typeof caseStageCodes)[number];
export type MosvyStage = (typeof mosvyStageCodes)[number];

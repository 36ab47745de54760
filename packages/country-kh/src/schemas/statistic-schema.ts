import { z } from 'zod';
import { codeSchema, countryCodeSchema, idSchema, khmerTextSchema, periodSchema, provinceCodeSchema, textSchema } from './common-schemas';

/** Units a statistic may carry. */
export const statisticUnits = [
  'persons',
  'cases',
  'complaints',
  'percent',
  'usd',
  'organisations',
  'countries',
  'provinces',
  'sites',
  'tier',
  'radio_stations',
] as const;

/** A named measure that statistics report. */
export const indicatorSchema = z.strictObject({
  code: codeSchema,
  nameEn: textSchema,
  nameKm: khmerTextSchema.nullable(),
  unit: z.enum(statisticUnits),
  description: textSchema.nullable(),
});

/** The indicators.json file. */
export const indicatorsFileSchema = z.strictObject({
  $comment: z.string().optional(),
  indicators: z.array(indicatorSchema),
});

/** How a breakdown narrows a figure; country keys take ISO alpha-2 codes, province an ISO 3166-2:KH code. */
export const breakdownSchema = z.strictObject({
  from_country: countryCodeSchema.optional(),
  to_country: countryCodeSchema.optional(),
  nationality: countryCodeSchema.optional(),
  nationality_group: z.enum(['foreign']).optional(),
  province: provinceCodeSchema.optional(),
  scope: z.enum(['domestic', 'cross_border']).optional(),
  referred_to: z.enum(['family', 'ngo', 'mosvy']).optional(),
});

/** One published figure as stored in reference-statistics.json. */
export const statisticRecordSchema = z.strictObject({
  id: idSchema,
  indicator: codeSchema,
  /** ISO 8601 year, date or interval; null when the source gives none. */
  period: periodSchema.nullable(),
  /** The figure; for a range its lower bound; null when the source prints N/A. */
  value: z.number().nonnegative().nullable(),
  upperValue: z.number().nonnegative().nullable(),
  /** How the source hedges the figure. */
  qualifier: z.enum(['exact', 'approximate', 'nearly', 'more_than', 'up_to', 'range', 'not_available']),
  unit: z.enum(statisticUnits),
  breakdown: breakdownSchema,
  source: z.strictObject({
    documentId: idSchema,
    section: textSchema.nullable(),
    page: textSchema.nullable(),
  }),
  /** The figure exactly as printed in the source, to find it there. */
  asPrinted: textSchema,
  note: textSchema.nullable(),
})
  .refine((statistic) => (statistic.value === null) === (statistic.qualifier === 'not_available'), {
    message: 'value is null exactly when the qualifier is not_available',
    path: ['value'],
  })
  .refine((statistic) => (statistic.upperValue !== null) === (statistic.qualifier === 'range'), {
    message: 'upperValue is given exactly when the qualifier is range',
    path: ['upperValue'],
  })
  .refine((statistic) => statistic.upperValue === null || (statistic.value !== null && statistic.value < statistic.upperValue), {
    message: 'a range runs from value up to a larger upperValue',
    path: ['upperValue'],
  });

/** The reference-statistics.json file. */
export const statisticsFileSchema = z.strictObject({
  $comment: z.string().optional(),
  statistics: z.array(statisticRecordSchema),
});

export type Indicator = z.infer<typeof indicatorSchema>;
export type StatisticBreakdown = z.infer<typeof breakdownSchema>;
export type StatisticRecord = z.infer<typeof statisticRecordSchema>;

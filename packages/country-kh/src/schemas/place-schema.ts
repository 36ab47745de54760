import { z } from 'zod';
import { coordinatesSchema, countryCodeSchema, idSchema, khmerTextSchema, provinceCodeSchema, sourceIdsSchema, textSchema } from './common-schemas';

/** A town or border checkpoint that matters to trafficking cases. */
export const placeSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(['town', 'border_checkpoint']),
  nameEn: textSchema,
  /** Empty where the Khmer name was not verified. */
  nameKm: khmerTextSchema.nullable(),
  alternativeNames: z.array(textSchema),
  provinceCode: provinceCodeSchema,
  coordinates: coordinatesSchema,
  /** How far, in kilometres, the point may be from the real place. */
  coordinatePrecisionKm: z.number().positive().max(50),
  /** The country across the border, for border towns and checkpoints. */
  counterpartCountry: countryCodeSchema.nullable(),
  counterpartPlace: textSchema.nullable(),
  relevance: textSchema.nullable(),
  sourceIds: sourceIdsSchema,
}).refine((place) => place.kind !== 'border_checkpoint' || place.counterpartCountry !== null, {
  message: 'a border checkpoint names the country across the border',
  path: ['counterpartCountry'],
});

/** The places.json file. */
export const placesFileSchema = z.strictObject({
  $comment: z.string().optional(),
  places: z.array(placeSchema),
});

export type Place = z.infer<typeof placeSchema>;

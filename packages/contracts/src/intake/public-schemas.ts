import { z } from 'zod';
import { OPERATION_KINDS, SITE_KINDS, SITE_SOURCE_KINDS, SITE_STATUSES } from './vocabulary';

/**
 * A status entry's source as the public sees it: documents and press articles in full, an
 * operation by its kind and date, a report only as "a report" — nothing about people.
 */
export const publicSourceSchema = z.object({
  kind: z.enum(SITE_SOURCE_KINDS),
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  date: z.string().nullable(),
  url: z.string().nullable(),
  operationKind: z.enum(OPERATION_KINDS).nullable(),
});

/** A site an administrator published: the place and its dated history, with sources. */
export const publicSiteSchema = z.object({
  id: z.string(),
  kind: z.enum(SITE_KINDS),
  name: z.string(),
  aliases: z.array(z.string()),
  provinceCode: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  currentStatus: z.enum(SITE_STATUSES),
  currentStatusOn: z.string(),
  statusHistory: z.array(z.object({ status: z.enum(SITE_STATUSES), occurredOn: z.string(), source: publicSourceSchema })),
  publishedAt: z.string(),
});
export type PublicSite = z.infer<typeof publicSiteSchema>;

import { z } from 'zod';
import { LIMITS } from './limits';

/** Query parameters of every list endpoint. */
export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(LIMITS.pageSizeDefault),
});

/** Parsed pagination parameters. */
export type PageQuery = z.infer<typeof pageQuerySchema>;

/** Wraps an item schema in the envelope every list endpoint answers with. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  });
}

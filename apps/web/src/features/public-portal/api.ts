import { z } from 'zod';
import { publicSiteSchema } from '@ctip/contracts';
import { apiRequest } from '../../lib/api';

/** The sites an administrator published, with their dated history and sources (no session needed). @throws ApiError */
export function listPublishedSites(signal?: AbortSignal) {
  return apiRequest('GET', '/api/public/sites', { schema: z.object({ items: z.array(publicSiteSchema) }), signal, isUnauthenticatedExpected: true });
}

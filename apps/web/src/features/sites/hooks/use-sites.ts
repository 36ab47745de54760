import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { SiteDetail, siteInputSchema, siteStatusInputSchema, siteUpdateSchema } from '@ctip/contracts';
import { createSite, getSite, listSitePatterns, listSites, recordSiteStatus, setSitePublication, updateSite, type SiteListQuery } from '../api';

/** Cache keys of the registry. */
export const siteKeys = {
  all: ['sites'] as const,
  list: (query: SiteListQuery) => ['sites', 'list', query] as const,
  patterns: ['sites', 'patterns'] as const,
  one: (id: string) => ['sites', 'one', id] as const,
};

/** Reads again the registry, the map and the public list after a change to a site. */
async function invalidateSites(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['sites', 'list'] }),
    queryClient.invalidateQueries({ queryKey: siteKeys.patterns }),
    queryClient.invalidateQueries({ queryKey: ['map'] }),
    queryClient.invalidateQueries({ queryKey: ['public'] }),
  ]);
}

/** A page of the registry; the previous page stays on screen while the next loads. */
export function useSiteList(query: SiteListQuery, isEnabled = true) {
  return useQuery({ queryKey: siteKeys.list(query), queryFn: ({ signal }) => listSites(query, signal), placeholderData: keepPreviousData, enabled: isEnabled });
}

/** Sites showing a pattern. */
export function useSitePatterns() {
  return useQuery({ queryKey: siteKeys.patterns, queryFn: ({ signal }) => listSitePatterns(signal) });
}

/** A site's page (disabled for an empty id). */
export function useSite(id: string | null) {
  return useQuery({ queryKey: siteKeys.one(id ?? ''), queryFn: ({ signal }) => getSite(id!, signal), enabled: id !== null && id !== '' });
}

/** A change answered with the site: it replaces the cached page, lists are read again. */
function useSiteChange<Variables>(mutationFn: (variables: Variables) => Promise<SiteDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (detail) => {
      queryClient.setQueryData(siteKeys.one(detail.id), detail);
      await invalidateSites(queryClient);
    },
  });
}

/** Adds a site. */
export const useCreateSite = () => useSiteChange((body: z.input<typeof siteInputSchema>) => createSite(body));

/** Edits a site. */
export const useUpdateSite = (siteId: string) => useSiteChange((body: z.input<typeof siteUpdateSchema>) => updateSite(siteId, body));

/** Adds a dated status. */
export const useRecordSiteStatus = (siteId: string) => useSiteChange((body: z.input<typeof siteStatusInputSchema>) => recordSiteStatus(siteId, body));

/** Publishes or withdraws a site; the site's page is read again. */
export function useSetSitePublication(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (isPublished: boolean) => setSitePublication(siteId, isPublished),
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: siteKeys.one(siteId) }), invalidateSites(queryClient)]);
    },
  });
}

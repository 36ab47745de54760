import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { createOrganisationRequestSchema, updateOrganisationRequestSchema } from '@ctip/contracts';
import { createOrganisation, getOrganisation, listOrganisations, updateOrganisation, type OrganisationListQuery } from '../api';

/** Cache keys of the organisations feature. */
export const organisationKeys = {
  all: ['organisations'] as const,
  list: (query: OrganisationListQuery) => ['organisations', 'list', query] as const,
  one: (id: string) => ['organisations', 'one', id] as const,
};

/** A page of organisations; the previous page stays on screen while the next loads. */
export function useOrganisationList(query: OrganisationListQuery, isEnabled = true) {
  return useQuery({
    queryKey: organisationKeys.list(query),
    queryFn: ({ signal }) => listOrganisations(query, signal),
    placeholderData: keepPreviousData,
    enabled: isEnabled,
  });
}

/** One organisation (e.g. to name the one a filter has selected). */
export function useOrganisation(id: string | null) {
  return useQuery({
    queryKey: organisationKeys.one(id ?? ''),
    queryFn: ({ signal }) => getOrganisation(id!, signal),
    enabled: id !== null && id !== '',
  });
}

/** Creates an organisation and refreshes every organisation list. */
export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof createOrganisationRequestSchema>) => createOrganisation(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationKeys.all }),
  });
}

/** Changes an organisation and refreshes every organisation list. */
export function useUpdateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: z.input<typeof updateOrganisationRequestSchema> }) => updateOrganisation(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationKeys.all }),
  });
}

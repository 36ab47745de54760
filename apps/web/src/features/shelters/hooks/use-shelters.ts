import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { shelterInputSchema, shelterUpdateInputSchema } from '@ctip/contracts';
import { changeShelter, listShelters, registerShelter, type ShelterListQuery } from '../api';

/** A page of shelters. */
export function useShelterList(query: ShelterListQuery) {
  return useQuery({ queryKey: ['shelters', 'list', query], queryFn: ({ signal }) => listShelters(query, signal), placeholderData: keepPreviousData });
}

/** Registers or changes a shelter; every shelter list is read again. */
export function useSaveShelter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: z.input<typeof shelterInputSchema> | z.input<typeof shelterUpdateInputSchema> }) =>
      id === null ? registerShelter(body as z.input<typeof shelterInputSchema>) : changeShelter(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['shelters'] }),
  });
}

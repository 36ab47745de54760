import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { duplicateCheckInputSchema, personInputSchema, screeningInputSchema } from '@ctip/contracts';
import { checkDuplicates, createPerson, createScreening, getPerson, listScreenings, updatePerson } from '../api';

/** Cache keys of the persons feature. */
export const personKeys = {
  all: ['persons'] as const,
  one: (id: string) => ['persons', 'one', id] as const,
  screenings: (id: string) => ['persons', 'screenings', id] as const,
  duplicates: (body: unknown) => ['persons', 'duplicates', body] as const,
};

/** One person's identity. */
export function usePerson(id: string | null, isEnabled = true) {
  return useQuery({ queryKey: personKeys.one(id ?? ''), queryFn: ({ signal }) => getPerson(id!, signal), enabled: isEnabled && id !== null && id !== '' });
}

/** A person's screenings. */
export function useScreenings(personId: string | null, isEnabled = true) {
  return useQuery({ queryKey: personKeys.screenings(personId ?? ''), queryFn: ({ signal }) => listScreenings(personId!, signal), enabled: isEnabled && personId !== null });
}

/**
 * Possible existing persons for what is typed (null: not enough typed yet). The previous answer
 * stays on screen while the next is asked, so the list does not flicker as the user types.
 */
export function useDuplicateCandidates(body: z.input<typeof duplicateCheckInputSchema> | null) {
  return useQuery({
    queryKey: personKeys.duplicates(body),
    queryFn: ({ signal }) => checkDuplicates(body!, signal),
    enabled: body !== null,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** Records a person. */
export function useCreatePerson() {
  return useMutation({ mutationFn: (body: z.input<typeof personInputSchema>) => createPerson(body) });
}

/** Corrects a person's identity; the person and every case list are read again. */
export function useUpdatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: z.input<typeof personInputSchema> }) => updatePerson(id, body),
    onSuccess: async (person) => {
      queryClient.setQueryData(personKeys.one(person.id), person);
      await queryClient.invalidateQueries({ queryKey: ['cases'] });
    },
  });
}

/** Screens a person. */
export function useCreateScreening() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ personId, body }: { personId: string; body: z.input<typeof screeningInputSchema> }) => createScreening(personId, body),
    onSuccess: (_screening, { personId }) => queryClient.invalidateQueries({ queryKey: personKeys.screenings(personId) }),
  });
}

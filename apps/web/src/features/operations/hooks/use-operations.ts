import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { operationInputSchema } from '@ctip/contracts';
import { createOperation, getOperation, listOperations, type OperationListQuery } from '../api';

/** Cache keys of operations. */
export const operationKeys = {
  all: ['operations'] as const,
  list: (query: OperationListQuery) => ['operations', 'list', query] as const,
  one: (id: string) => ['operations', 'one', id] as const,
};

/** A page of operations. */
export function useOperationList(query: OperationListQuery) {
  return useQuery({ queryKey: operationKeys.list(query), queryFn: ({ signal }) => listOperations(query, signal), placeholderData: keepPreviousData });
}

/** An operation's page. */
export function useOperation(id: string) {
  return useQuery({ queryKey: operationKeys.one(id), queryFn: ({ signal }) => getOperation(id, signal) });
}

/**
 * Records an operation. Everything it touched is read again: operations, the site and the
 * registry, the reports it actioned, and the cases it opened.
 */
export function useCreateOperation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof operationInputSchema>) => createOperation(body),
    onSuccess: async (detail) => {
      queryClient.setQueryData(operationKeys.one(detail.id), detail);
      await Promise.all(['operations', 'sites', 'reports', 'cases', 'my-work', 'map', 'public'].map((key) => queryClient.invalidateQueries({ queryKey: [key] })));
    },
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createEstimate, getEstimate, getPublishedEstimate, listEstimates, listEstimationSources, type EstimationRequestBody } from '../api';

/** Cache keys of estimation. */
export const estimationKeys = {
  all: ['estimation'] as const,
  sources: (period: { from: string; to: string }) => ['estimation', 'sources', period] as const,
  estimates: ['estimation', 'estimates'] as const,
  estimate: (id: string) => ['estimation', 'estimates', id] as const,
  published: (id: string) => ['estimation', 'published', id] as const,
};

/** The organisations with case records in a period (nothing is asked until the period is whole). */
export function useEstimationSources(period: { from: string; to: string } | null) {
  return useQuery({
    queryKey: estimationKeys.sources(period ?? { from: '', to: '' }),
    queryFn: ({ signal }) => listEstimationSources(period!, signal),
    enabled: period !== null,
  });
}

/** Runs an estimate; the history is read again after. */
export function useCreateEstimate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EstimationRequestBody) => createEstimate(body),
    onSuccess: (estimate) => {
      queryClient.setQueryData(estimationKeys.estimate(estimate.id), estimate);
      return queryClient.invalidateQueries({ queryKey: estimationKeys.estimates, exact: true });
    },
  });
}

/** The estimates run so far. */
export function useEstimates() {
  return useQuery({ queryKey: estimationKeys.estimates, queryFn: ({ signal }) => listEstimates(signal) });
}

/** One estimate. An estimate never changes once run, so it is read once. */
export function useEstimate(id: string) {
  return useQuery({ queryKey: estimationKeys.estimate(id), queryFn: ({ signal }) => getEstimate(id, signal), staleTime: Infinity });
}

/** The published view of an estimate. */
export function usePublishedEstimate(id: string) {
  return useQuery({ queryKey: estimationKeys.published(id), queryFn: ({ signal }) => getPublishedEstimate(id, signal), staleTime: Infinity });
}

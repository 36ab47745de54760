import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getOcIndex, listCountries, listIndicators, listLaws, listPlaces, listProvinces, listSources, listStatistics, type StatisticListQuery } from '../api';

// Reference data changes only with a new country pack: read it once per visit.
const REFERENCE_STALE_MS = 30 * 60_000;

const referenceQuery = <T,>(name: string, load: (signal?: AbortSignal) => Promise<T>) => ({
  queryKey: ['reference', name] as const,
  queryFn: ({ signal }: { signal?: AbortSignal }) => load(signal),
  staleTime: REFERENCE_STALE_MS,
});

/** The provinces. */
export const useProvinces = () => useQuery(referenceQuery('provinces', listProvinces));
/** The countries. */
export const useCountries = () => useQuery(referenceQuery('countries', listCountries));
/** Towns and border checkpoints. */
export const usePlaces = () => useQuery(referenceQuery('places', listPlaces));
/** Laws and agreements. */
export const useLaws = () => useQuery(referenceQuery('laws', listLaws));
/** Indicators of reference statistics. */
export const useIndicators = () => useQuery(referenceQuery('indicators', listIndicators));
/** Source documents. */
export const useSources = () => useQuery(referenceQuery('sources', listSources));
/** The Organized Crime Index. */
export const useOcIndex = () => useQuery(referenceQuery('oc-index', getOcIndex));

/** A page of reference statistics. */
export function useStatistics(query: StatisticListQuery) {
  return useQuery({
    queryKey: ['reference', 'statistics', query],
    queryFn: ({ signal }) => listStatistics(query, signal),
    placeholderData: keepPreviousData,
    staleTime: REFERENCE_STALE_MS,
  });
}

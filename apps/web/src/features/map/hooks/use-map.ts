import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getBoundaries, getMapData, type MapQuery } from '../api';
import { loadCambodiaOutline } from '../load-cambodia-outline';

/** The map's data for the filters; the previous map stays while the next loads. */
export function useMapData(query: MapQuery) {
  return useQuery({ queryKey: ['map', 'data', query], queryFn: ({ signal }) => getMapData(query, signal), placeholderData: keepPreviousData });
}

/** The imported province boundaries (read only when the map says they were loaded; they change rarely). */
export function useBoundaries(isEnabled: boolean) {
  return useQuery({ queryKey: ['map', 'boundaries'], queryFn: ({ signal }) => getBoundaries(signal), enabled: isEnabled, staleTime: 60 * 60_000 });
}

/** Cambodia's outline from the bundled world atlas (only when no boundaries were loaded). */
export function useCambodiaOutline(isEnabled: boolean) {
  return useQuery({ queryKey: ['map', 'outline'], queryFn: loadCambodiaOutline, enabled: isEnabled, staleTime: Infinity });
}

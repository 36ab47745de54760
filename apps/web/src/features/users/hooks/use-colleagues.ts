import { useQuery } from '@tanstack/react-query';
import { listColleagues } from '../api';

/** The user's colleagues, read once per visit (the list changes rarely). */
export function useColleagues(isEnabled = true) {
  return useQuery({ queryKey: ['colleagues'], queryFn: ({ signal }) => listColleagues(signal), enabled: isEnabled, staleTime: 10 * 60_000 });
}

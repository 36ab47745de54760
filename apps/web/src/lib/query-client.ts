import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';

/**
 * Creates the query cache: in memory only, never persisted (SECURITY.md 16). Retries only what
 * may pass on a second try (the network, an unavailable server), never a refusal.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        gcTime: 5 * 60_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => failureCount < 2 && isApiError(error, 'network', 'unavailable'),
      },
      mutations: { retry: false },
    },
  });
}

/** The application's one query cache. Cleared on sign-out and whenever the session ends. */
export const queryClient = createQueryClient();

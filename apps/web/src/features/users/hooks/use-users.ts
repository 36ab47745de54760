import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { createUserRequestSchema, updateUserRequestSchema } from '@ctip/contracts';
import {
  createUser,
  endSession,
  getUser,
  listSessions,
  listUsers,
  resetUserPassword,
  resetUserSecondFactor,
  setUserEnabled,
  updateUser,
  type UserListQuery,
} from '../api';

/** Cache keys of the users feature. */
export const userKeys = {
  all: ['users'] as const,
  list: (query: UserListQuery) => ['users', 'list', query] as const,
  one: (id: string) => ['users', 'one', id] as const,
  sessions: (query: { page: number; pageSize: number }) => ['sessions', 'list', query] as const,
};

/** A page of users; the previous page stays on screen while the next loads. */
export function useUserList(query: UserListQuery) {
  return useQuery({ queryKey: userKeys.list(query), queryFn: ({ signal }) => listUsers(query, signal), placeholderData: keepPreviousData });
}

/** One user (e.g. to name the one a filter has selected). */
export function useUser(id: string | null) {
  return useQuery({ queryKey: userKeys.one(id ?? ''), queryFn: ({ signal }) => getUser(id!, signal), enabled: id !== null && id !== '' });
}

function useInvalidatingMutation<Variables, Result>(mutationFn: (variables: Variables) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: userKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['sessions'] }),
        // Organisation lists show how many users each has.
        queryClient.invalidateQueries({ queryKey: ['organisations'] }),
      ]);
    },
  });
}

/** Creates a user; the result holds the temporary password to show once. */
export function useCreateUser() {
  return useInvalidatingMutation((body: z.input<typeof createUserRequestSchema>) => createUser(body));
}

/** Changes a user's name, roles or language. */
export function useUpdateUser() {
  return useInvalidatingMutation(({ id, body }: { id: string; body: z.input<typeof updateUserRequestSchema> }) => updateUser(id, body));
}

/** Disables or enables a user. */
export function useSetUserEnabled() {
  return useInvalidatingMutation(({ id, isEnabled }: { id: string; isEnabled: boolean }) => setUserEnabled(id, isEnabled));
}

/** Issues a temporary password; the result holds it, to show once. */
export function useResetUserPassword() {
  return useInvalidatingMutation((id: string) => resetUserPassword(id));
}

/** Removes a user's second factor. */
export function useResetUserSecondFactor() {
  return useInvalidatingMutation((id: string) => resetUserSecondFactor(id));
}

/** A page of active sessions. */
export function useSessionList(query: { page: number; pageSize: number }) {
  return useQuery({ queryKey: userKeys.sessions(query), queryFn: ({ signal }) => listSessions(query, signal), placeholderData: keepPreviousData });
}

/** Ends a session. */
export function useEndSession() {
  return useInvalidatingMutation((id: string) => endSession(id));
}

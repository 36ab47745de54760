import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { listAuditEvents, verifyAuditChain, type AuditListQuery } from '../api';

/** A page of the audit trail. */
export function useAuditEvents(query: AuditListQuery, isEnabled: boolean) {
  return useQuery({
    queryKey: ['audit-events', 'list', query],
    queryFn: ({ signal }) => listAuditEvents(query, signal),
    placeholderData: keepPreviousData,
    enabled: isEnabled,
  });
}

/** Verifies the chain; the answer says whether it holds and where it first breaks. */
export function useVerifyAuditChain() {
  return useMutation({ mutationFn: verifyAuditChain });
}

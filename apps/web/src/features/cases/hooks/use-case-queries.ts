import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { consentInputSchema, moveStageInputSchema, openCaseInputSchema, referralInputSchema, transferInputSchema, updateCaseInputSchema, withdrawConsentInputSchema } from '@ctip/contracts';
import {
  getCase,
  getMyWork,
  getRestriction,
  getTimeline,
  listCaseReferrals,
  listCases,
  listConsents,
  moveCaseStage,
  openCase,
  recordConsent,
  sendReferral,
  sendTransfer,
  setRestriction,
  updateCase,
  withdrawConsent,
  type CaseListQuery,
} from '../api';

/** Cache keys of survivor cases: a case's parts sit under the case, so one invalidation reads them all again. */
export const caseKeys = {
  all: ['cases'] as const,
  list: (query: CaseListQuery) => ['cases', 'list', query] as const,
  one: (id: string) => ['cases', 'one', id] as const,
  part: (id: string, part: string, ...rest: unknown[]) => ['cases', 'one', id, part, ...rest] as const,
  myWork: ['my-work'] as const,
};

/** Reads again a case, its parts, the lists it appears in, My work and the referral lists. */
export async function invalidateCase(queryClient: QueryClient, caseId: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: caseKeys.one(caseId) }),
    queryClient.invalidateQueries({ queryKey: ['cases', 'list'] }),
    queryClient.invalidateQueries({ queryKey: caseKeys.myWork }),
    queryClient.invalidateQueries({ queryKey: ['referrals'] }),
  ]);
}

/** A mutation on one case that reads the case again when it succeeds. */
export function useCaseMutation<Variables, Result>(caseId: string, mutationFn: (variables: Variables) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => invalidateCase(queryClient, caseId) });
}

/** A page of cases; the previous page stays on screen while the next loads. */
export function useCaseList(query: CaseListQuery) {
  return useQuery({ queryKey: caseKeys.list(query), queryFn: ({ signal }) => listCases(query, signal), placeholderData: keepPreviousData });
}

/** A case's page. */
export function useCase(id: string) {
  return useQuery({ queryKey: caseKeys.one(id), queryFn: ({ signal }) => getCase(id, signal) });
}

/** A case's timeline. */
export function useTimeline(id: string) {
  return useQuery({ queryKey: caseKeys.part(id, 'timeline'), queryFn: ({ signal }) => getTimeline(id, signal) });
}

/** A case's consents (only when the user sees the consents section). */
export function useConsents(id: string, isEnabled: boolean) {
  return useQuery({ queryKey: caseKeys.part(id, 'consents'), queryFn: ({ signal }) => listConsents(id, signal), enabled: isEnabled });
}

/** A case's referrals and transfers. */
export function useCaseReferrals(id: string) {
  return useQuery({ queryKey: caseKeys.part(id, 'referrals'), queryFn: ({ signal }) => listCaseReferrals(id, signal) });
}

/** Who a restricted case is narrowed to. */
export function useRestriction(id: string, isEnabled: boolean) {
  return useQuery({ queryKey: caseKeys.part(id, 'restriction'), queryFn: ({ signal }) => getRestriction(id, signal), enabled: isEnabled });
}

/** My work: open cases, visits due, referrals waiting. */
export function useMyWork() {
  return useQuery({ queryKey: caseKeys.myWork, queryFn: ({ signal }) => getMyWork(signal) });
}

/** Opens a case from a screening. */
export function useOpenCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof openCaseInputSchema>) => openCase(body),
    onSuccess: async (detail) => {
      queryClient.setQueryData(caseKeys.one(detail.id), detail);
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['cases', 'list'] }), queryClient.invalidateQueries({ queryKey: caseKeys.myWork }), queryClient.invalidateQueries({ queryKey: ['persons'] })]);
    },
  });
}

/** Changes a case's own fields. */
export const useUpdateCase = (caseId: string) => useCaseMutation(caseId, (body: z.input<typeof updateCaseInputSchema>) => updateCase(caseId, body));

/** Moves a case to another stage. */
export const useMoveStage = (caseId: string) => useCaseMutation(caseId, (body: z.input<typeof moveStageInputSchema>) => moveCaseStage(caseId, body));

/** Narrows a case to named users, or lifts the restriction. */
export const useSetRestriction = (caseId: string) => useCaseMutation(caseId, (body: { restricted: boolean; userIds: string[] }) => setRestriction(caseId, body));

/** Records a consent. */
export const useRecordConsent = (caseId: string) => useCaseMutation(caseId, (body: z.input<typeof consentInputSchema>) => recordConsent(caseId, body));

/** Records a consent's withdrawal. */
export const useWithdrawConsent = (caseId: string) =>
  useCaseMutation(caseId, ({ consentId, body }: { consentId: string; body: z.input<typeof withdrawConsentInputSchema> }) => withdrawConsent(caseId, consentId, body));

/** Refers the case for a service. */
export const useSendReferral = (caseId: string) => useCaseMutation(caseId, (body: z.input<typeof referralInputSchema>) => sendReferral(caseId, body));

/** Asks another organisation to take over the case. */
export const useSendTransfer = (caseId: string) => useCaseMutation(caseId, (body: z.input<typeof transferInputSchema>) => sendTransfer(caseId, body));

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { answerReferral, listReferrals, type ReferralAnswer, type ReferralListQuery } from '../api';

/** A page of referrals. */
export function useReferralList(query: ReferralListQuery) {
  return useQuery({ queryKey: ['referrals', 'list', query], queryFn: ({ signal }) => listReferrals(query, signal), placeholderData: keepPreviousData });
}

/** Answers or ends a referral; every list and case that shows it is read again. */
export function useAnswerReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, answer, note }: { id: string; answer: ReferralAnswer; note: string }) => answerReferral(id, answer, note),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: ['referrals'] }), queryClient.invalidateQueries({ queryKey: ['my-work'] }), queryClient.invalidateQueries({ queryKey: ['cases'] })]),
  });
}

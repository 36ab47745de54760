import { z } from 'zod';
import { pageOf, referralSchema, type Referral } from '@ctip/contracts';
import { apiRequest } from '../../lib/api';

/** Which side of referrals a list shows. */
export type ReferralDirection = 'incoming' | 'outgoing';

/** Filters of the referral lists. */
export interface ReferralListQuery {
  page: number;
  pageSize: number;
  direction: ReferralDirection;
  status?: Referral['status'] | null;
}

/** One page of referrals and transfers the organisation received or sent. @throws ApiError */
export function listReferrals(query: ReferralListQuery, signal?: AbortSignal) {
  return apiRequest('GET', '/api/referrals', { query: { ...query }, schema: pageOf(referralSchema), signal });
}

/** What can be done to a referral: answer it (receiving side), or end it. */
export type ReferralAnswer = 'accept' | 'decline' | 'withdraw' | 'complete';

/** Accepts, declines, withdraws or completes a referral, with a note. @throws ApiError conflict when it moved on meanwhile */
export function answerReferral(id: string, answer: ReferralAnswer, note: string) {
  return apiRequest('POST', `/api/referrals/${encodeURIComponent(id)}/${answer}`, { body: { note }, schema: z.object({ status: z.string() }) });
}

import type { Referral } from '@ctip/contracts';
import type { ReferralAnswer } from './api';

/**
 * What the user's organisation can do to a referral, as the server allows it: the receiving
 * side accepts or declines a pending request and says when an accepted referral is done; the
 * sending side (case workers) withdraws an open one or marks an accepted referral done.
 */
export function referralActionsFor(referral: Pick<Referral, 'status' | 'kind' | 'fromOrganisation' | 'toOrganisation'>, organisationId: string, canEnd: boolean): ReferralAnswer[] {
  const actions: ReferralAnswer[] = [];
  const isReceiver = referral.toOrganisation.id === organisationId;
  const isSender = referral.fromOrganisation.id === organisationId;
  if (isReceiver && referral.status === 'pending') actions.push('accept', 'decline');
  if (isReceiver && referral.status === 'accepted' && referral.kind === 'referral') actions.push('complete');
  if (isSender && canEnd && referral.status === 'accepted' && referral.kind === 'referral' && !isReceiver) actions.push('complete');
  if (isSender && canEnd && (referral.status === 'pending' || (referral.status === 'accepted' && referral.kind === 'referral'))) actions.push('withdraw');
  return actions;
}

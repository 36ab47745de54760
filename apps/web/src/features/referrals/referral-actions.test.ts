import { describe, expect, it } from 'vitest';
import type { Referral } from '@ctip/contracts';
import { referralActionsFor } from './referral-actions';

const referral = (status: Referral['status'], kind: Referral['kind'] = 'referral') => ({ status, kind, fromOrganisation: { id: 'sender' }, toOrganisation: { id: 'receiver' } }) as Referral;

describe('what each side may do to a referral', () => {
  it('let the receiver answer a pending request, then say when a referral is done', () => {
    expect(referralActionsFor(referral('pending'), 'receiver', false)).toEqual(['accept', 'decline']);
    expect(referralActionsFor(referral('accepted'), 'receiver', false)).toEqual(['complete']);
    expect(referralActionsFor(referral('accepted', 'transfer'), 'receiver', false)).toEqual([]);
  });

  it('let the sender’s case workers withdraw open requests and complete accepted referrals', () => {
    expect(referralActionsFor(referral('pending'), 'sender', true)).toEqual(['withdraw']);
    expect(referralActionsFor(referral('accepted'), 'sender', true)).toEqual(['complete', 'withdraw']);
    expect(referralActionsFor(referral('accepted'), 'sender', false)).toEqual([]);
    expect(referralActionsFor(referral('declined'), 'sender', true)).toEqual([]);
  });

  it('offer nothing to an organisation on neither side', () => {
    expect(referralActionsFor(referral('pending'), 'someone-else', true)).toEqual([]);
  });
});

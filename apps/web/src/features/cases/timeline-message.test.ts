import { describe, expect, it } from 'vitest';
import { timelineMessageOf } from './timeline-message';

describe('timeline lines', () => {
  it('word a closing with its stage and reason, and other moves with their stage', () => {
    expect(timelineMessageOf({ kind: 'stage_moved', label: 'stage.closed.lost_contact' })).toEqual({
      key: 'cases:timeline.closedBecause',
      terms: { stage: 'cases:vocab.stage.closed', reason: 'cases:vocab.closureReason.lost_contact' },
    });
    expect(timelineMessageOf({ kind: 'stage_moved', label: 'stage.follow_up' }).terms).toEqual({ stage: 'cases:vocab.stage.follow_up' });
  });

  it('tell referrals by service from transfers, and their answers', () => {
    expect(timelineMessageOf({ kind: 'referral_sent', label: 'referral.legal_aid' })).toEqual({ key: 'cases:timeline.referralSent', terms: { service: 'cases:vocab.service.legal_aid' } });
    expect(timelineMessageOf({ kind: 'referral_answered', label: 'transfer.accepted' })).toEqual({ key: 'cases:timeline.transferStatus', terms: { status: 'cases:vocab.referralStatus.accepted' } });
    expect(timelineMessageOf({ kind: 'referral_ended', label: 'referral.other.withdrawn' })).toEqual({ key: 'cases:timeline.referralOtherStatus', terms: { status: 'cases:vocab.referralStatus.withdrawn' } });
  });

  it('fall back to the kind for a label this version does not know', () => {
    expect(timelineMessageOf({ kind: 'stage_moved', label: 'something.new' })).toEqual({ key: 'cases:timeline.kinds.stage_moved', terms: {} });
  });
});

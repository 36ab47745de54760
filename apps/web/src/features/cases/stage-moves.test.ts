import { describe, expect, it } from 'vitest';
import type { CaseEntry } from '@ctip/contracts';
import { caseFactsOf, stageOptionsOf } from './stage-moves';

const repatriation = (occurredOn: string, fromCountry: string, toCountry: string, createdAt = `${occurredOn}T08:00:00Z`) =>
  ({ kind: 'repatriation', occurredOn, createdAt, data: { fromCountry, toCountry } }) as unknown as CaseEntry;
const consent = (kind: string, recipientCountry: string | null, active = true) => ({ kind, recipientCountry, active }) as never;

describe('stage moves as the rules allow them', () => {
  const child = { stage: 'in_care' as const, isChild: true, guardian: null, bestInterest: null };

  it('take the latest repatriation and the consent for its receiving country', () => {
    const facts = caseFactsOf(child, [repatriation('2025-01-10', 'TH', 'KH'), repatriation('2025-03-02', 'VN', 'KH')], [consent('share_for_repatriation', 'KH'), consent('share_for_repatriation', 'TH', false)]);
    expect(facts.repatriation).toEqual({ fromCountry: 'VN', toCountry: 'KH' });
    expect(facts.hasRepatriationConsent).toBe(true);
    expect(caseFactsOf(child, [repatriation('2025-01-10', 'KH', 'TH')], [consent('share_for_repatriation', 'TH', false)]).hasRepatriationConsent).toBe(false);
  });

  it('block repatriation of a child without its record, consent, guardian and best-interest determination, and nothing else', () => {
    const options = stageOptionsOf(caseFactsOf(child, [], []));
    expect(options.map((option) => option.stage)).toEqual(['identified', 'repatriation', 'family_tracing', 'reintegration', 'follow_up', 'closed']);
    const blocked = Object.fromEntries(options.map((option) => [option.stage, option.blockers.map((problem) => problem.code)]));
    expect(blocked.repatriation).toEqual(['repatriation_countries_required', 'repatriation_consent_required', 'guardian_required', 'best_interest_required']);
    expect(blocked.closed).toEqual([]);
    expect(options.find((option) => option.stage === 'identified')?.isBackward).toBe(true);
  });

  it('open repatriation once the record and the consent exist for an adult', () => {
    const facts = caseFactsOf({ stage: 'in_care', isChild: false, guardian: null, bestInterest: null }, [repatriation('2025-01-10', 'TH', 'KH')], [consent('share_for_repatriation', 'KH')]);
    expect(stageOptionsOf(facts).find((option) => option.stage === 'repatriation')?.blockers).toEqual([]);
  });
});

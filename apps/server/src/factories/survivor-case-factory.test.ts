import { describe, expect, it } from 'vitest';
import { assessScreening, checkStageMove, CASE_STAGES, personInputSchema, screeningInputSchema, updateCaseInputSchema, type CaseStage } from '@ctip/contracts';
import { buildSurvivorCases } from './survivor-case-factory';

const TODAY = '2026-11-21';
const graphs = buildSurvivorCases(11, 600, { today: TODAY });

describe('survivor case factory', () => {
  it('builds the same cases from the same seed, and other cases from another', () => {
    expect(buildSurvivorCases(11, 20, { today: TODAY })).toEqual(graphs.slice(0, 20));
    expect(buildSurvivorCases(12, 20, { today: TODAY })).not.toEqual(graphs.slice(0, 20));
  });

  it('builds persons, screenings and case fields the API would accept, never dated after today', () => {
    for (const graph of graphs) {
      expect(personInputSchema.safeParse(graph.person).success).toBe(true);
      expect(screeningInputSchema.safeParse(graph.screening).success).toBe(true);
      expect(updateCaseInputSchema.safeParse({ recruitment: graph.recruitment, routeLegs: graph.routeLegs, identification: graph.identification, guardian: graph.guardian, bestInterest: graph.bestInterest }).success).toBe(true);
      const dates = [graph.openedOn, ...graph.moves.map((move) => move.on), ...graph.consents.map((consent) => consent.givenOn), ...graph.referrals.map((referral) => referral.on), graph.identification.date ?? graph.openedOn];
      expect(dates.every((date) => date <= TODAY && date >= graph.openedOn), graph.openedOn).toBe(true);
      const outcome = assessScreening({ acts: graph.screening.acts.map((act) => act.code), means: graph.screening.means.map((means) => means.code), purposes: graph.screening.purposes.map((purpose) => purpose.code), indicators: [], ageAtAct: graph.isChild ? 15 : 30 }).outcome;
      expect(outcome).not.toBe('not_indicated');
    }
  });

  it('tells each story in an order the stage rules allow, with consent before any sharing', () => {
    for (const graph of graphs) {
      let stage: CaseStage = 'identified';
      for (const [index, move] of graph.moves.entries()) {
        if (index > 0) expect(move.on >= graph.moves[index - 1]!.on).toBe(true);
        const recorded = graph.repatriation !== null && graph.repatriation.occurredOn <= move.on;
        const consented = graph.consents.some((consent) => consent.kind === 'share_for_repatriation' && consent.recipientCountry === graph.repatriation?.toCountry && consent.givenOn <= move.on);
        const problems = checkStageMove({ stage, isChild: graph.isChild, hasGuardian: graph.guardian !== null, hasBestInterestDetermination: graph.bestInterest !== null, repatriation: recorded ? graph.repatriation : null, hasRepatriationConsent: consented }, move);
        expect(problems).toEqual([]);
        stage = move.to;
      }
      for (const referral of graph.referrals) {
        expect(graph.consents.some((consent) => consent.kind === 'share_with_organisation' && consent.recipient === referral.to && consent.givenOn <= referral.on)).toBe(true);
      }
    }
  });

  it('follows the seeds’ patterns: who is trafficked where, and how', () => {
    const of = (scenario: string) => graphs.filter((graph) => graph.scenario === scenario);
    expect(of('fishing_thailand').every((graph) => graph.person.sex === 'male' && graph.sectors.includes('fishing') && graph.routeLegs.at(-1)!.countryCode === 'TH')).toBe(true);
    expect(of('forced_marriage_china').every((graph) => graph.person.sex === 'female' && graph.exploitationTypes.includes('forced_marriage') && graph.routeLegs.at(-1)!.countryCode === 'CN')).toBe(true);
    expect(of('begging_vietnam').every((graph) => graph.isChild && graph.guardian !== null && graph.routeLegs.at(-1)!.countryCode === 'VN')).toBe(true);
    expect(of('scam_compound_preah_sihanouk').every((graph) => graph.nonPunishment && graph.routeLegs.at(-1)!.provinceCode === 'KH-18')).toBe(true);
    expect(new Set(of('scam_compound_preah_sihanouk').map((graph) => graph.person.nationalities[0]))).toEqual(new Set(['KH', 'CN', 'VN', 'ID', 'TH']));
    expect(new Set(of('sexual_exploitation_cities').map((graph) => graph.routeLegs.at(-1)!.provinceCode))).toEqual(new Set(['KH-12', 'KH-17']));
    // Names in their scripts; every stage occurs; some dates of birth are partial.
    const scripts = new Set(graphs.flatMap((graph) => graph.person.names.map((name) => name.script)));
    expect(scripts).toEqual(new Set(['khmer', 'latin', 'han', 'vietnamese', 'thai']));
    const stages = new Set(graphs.map((graph) => graph.moves.at(-1)?.to ?? 'identified'));
    expect(stages).toEqual(new Set(CASE_STAGES));
    expect(new Set(graphs.map((graph) => graph.person.birth?.precision))).toEqual(new Set(['day', 'month', 'year', 'age']));
  });
});

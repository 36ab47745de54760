import { describe, expect, it } from 'vitest';
import { CASE_ENTRY_KIND_NAMES, TIMELINE_ITEM_KINDS, type StageMoveProblem } from '@ctip/contracts';
import { resources, type TranslationTree } from '../../locales/resources';
import { timelineMessageOf } from './timeline-message';
import { VOCABULARIES, vocabularyKey } from './vocabulary';

function lookup(locale: 'en' | 'km', key: string): unknown {
  const [namespace, path] = key.split(':') as [keyof (typeof resources)['en'], string];
  return path.split('.').reduce<unknown>((node, part) => (node !== null && typeof node === 'object' ? (node as TranslationTree)[part] : undefined), resources[locale][namespace]);
}

const isTranslated = (key: string) => typeof lookup('en', key) === 'string' && typeof lookup('km', key) === 'string';

describe('the survivor-case vocabularies', () => {
  it('name every code of every closed list in English and Khmer', () => {
    const missing = Object.entries(VOCABULARIES).flatMap(([group, codes]) => codes.map((code) => vocabularyKey(group as keyof typeof VOCABULARIES, code)).filter((key) => !isTranslated(key)));
    expect(missing).toEqual([]);
  });

  it('explain every stage rule and every server field code the case pages can meet', () => {
    const stageCodes: Array<StageMoveProblem['code']> = ['same_stage', 'reason_required', 'closure_reason_required', 'closure_reason_only_when_closing', 'repatriation_countries_required', 'repatriation_consent_required', 'guardian_required', 'best_interest_required'];
    const serverCodes = ['future_date', 'out_of_order', 'unknown_province', 'unknown_country', 'consent_required', 'not_indicated', 'shelter_full', 'unknown_user'];
    expect([...stageCodes, ...serverCodes].filter((code) => !isTranslated(`cases:fieldErrors.${code}`))).toEqual([]);
  });

  it('word every kind of timeline line, and the entries they name', () => {
    const labels: Array<[(typeof TIMELINE_ITEM_KINDS)[number], string]> = [
      ['case_opened', 'case.opened'],
      ['stage_moved', 'stage.in_care'],
      ['stage_moved', 'stage.closed.reintegrated'],
      ['consent_given', 'consent.photos'],
      ['consent_withdrawn', 'consent.share_with_organisation'],
      ['referral_sent', 'referral.legal_aid'],
      ['referral_sent', 'referral.other'],
      ['referral_sent', 'transfer'],
      ['referral_answered', 'referral.shelter.accepted'],
      ['referral_answered', 'transfer.declined'],
      ['referral_ended', 'referral.medical.completed'],
      ['shelter_admitted', 'shelter.admitted'],
      ['shelter_left', 'shelter.left.repatriated'],
      ['follow_up_done', 'follow_up.doing_well'],
      ['follow_up_done', 'follow_up.done'],
      ['note_added', 'note'],
      ['attachment_added', 'attachment.pdf'],
      ...CASE_ENTRY_KIND_NAMES.map((kind): [(typeof TIMELINE_ITEM_KINDS)[number], string] => ['entry_recorded', `entry.${kind}`]),
    ];
    expect(new Set(labels.map(([kind]) => kind))).toEqual(new Set(TIMELINE_ITEM_KINDS));
    for (const [kind, label] of labels) {
      const message = timelineMessageOf({ kind, label });
      expect(isTranslated(message.key), `${kind} ${label}: ${message.key}`).toBe(true);
      for (const term of Object.values(message.terms)) expect(isTranslated(term), `${kind} ${label}: ${term}`).toBe(true);
    }
  });
});

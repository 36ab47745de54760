import { describe, expect, it } from 'vitest';
import { resources, type TranslationTree } from '../../locales/resources';
import { checkEstimationForm, defaultPeriod, initialEstimationValues, listsByKind, listsPerOrganisation, newListKey, suggestListLabel, toEstimationRequest, type EstimationFormValues, type EstimationSource } from './estimation-form';
import { formPathOf, translateEstimationProblem } from './estimation-field-errors';

const SOURCES: EstimationSource[] = [
  { organisationId: 'o-police', nameEn: 'Police: anti-trafficking, Phnom Penh', nameKm: null, kind: 'police_unit', cases: 40 },
  { organisationId: 'o-ngo-1', nameEn: 'Hope NGO', nameKm: null, kind: 'ngo', cases: 12 },
  { organisationId: 'o-ngo-2', nameEn: 'Light NGO', nameKm: null, kind: 'ngo', cases: 35 },
  { organisationId: 'o-shelter', nameEn: 'Sunrise Shelter', nameKm: null, kind: 'shelter', cases: 20 },
];

function valuesWith(overrides: Partial<EstimationFormValues>): EstimationFormValues {
  return { ...initialEstimationValues(new Date(2026, 10, 21)), ...overrides };
}

const list = (label: string, organisationIds: string[]) => ({ key: newListKey(), label, organisationIds });

describe('building the lists of an estimate', () => {
  it('makes one list per organisation, largest first, with labels the engine accepts', () => {
    const lists = listsPerOrganisation(SOURCES, (source) => source.nameEn);
    expect(lists.map((item) => item.organisationIds)).toEqual([['o-police'], ['o-ngo-2'], ['o-shelter'], ['o-ngo-1']]);
    expect(lists[0]!.label).toBe('Police anti-trafficking Phnom Penh');
    expect(new Set(lists.map((item) => item.key)).size).toBe(4);
  });

  it('groups organisations of one kind under one label', () => {
    const lists = listsByKind(SOURCES, (kind) => `kind ${kind}`);
    expect(lists.map((item) => [item.label, item.organisationIds])).toEqual([
      ['kind ngo', ['o-ngo-1', 'o-ngo-2']],
      ['kind police_unit', ['o-police']],
      ['kind shelter', ['o-shelter']],
    ]);
  });

  it('shortens long labels and keeps them apart', () => {
    const long = 'Provincial Department of Social Affairs, Veterans and Youth Rehabilitation';
    const first = suggestListLabel(long, new Set());
    expect(first.length).toBe(40);
    expect(first.endsWith('…')).toBe(true);
    expect(first).not.toMatch(/[:,]/);
    const second = suggestListLabel(long, new Set([first]));
    expect(second).not.toBe(first);
    expect(second.length).toBeLessThanOrEqual(40);
    expect(suggestListLabel('Shelter', new Set(['Shelter', 'Shelter 2']))).toBe('Shelter 3');
  });

  it('starts on the last twelve months', () => {
    expect(defaultPeriod(new Date(2026, 10, 21))).toEqual(['2025-11-22', '2026-11-21']);
  });
});

describe('the request an estimate form makes', () => {
  it('sends only the options the method uses', () => {
    const lists = [list(' Police ', ['o-police']), list('NGOs', ['o-ngo-1', 'o-ngo-2'])];
    const stepwise = toEstimationRequest(valuesWith({ lists, method: 'stepwise', threshold: 0.01, maxOrder: 2 }));
    expect(stepwise).toMatchObject({ from: '2025-11-22', to: '2026-11-21', method: 'stepwise', threshold: 0.01, bootstrap: 1000, seed: 1234 });
    expect(stepwise).not.toHaveProperty('maxOrder');
    expect(stepwise.lists[0]).toEqual({ label: 'Police', organisationIds: ['o-police'] });
    const bic = toEstimationRequest(valuesWith({ lists, method: 'bic', threshold: 0.01, maxOrder: '' }));
    expect(bic).not.toHaveProperty('threshold');
    expect(bic).not.toHaveProperty('maxOrder');
  });

  it('finds what the server would refuse, on the field that needs it', () => {
    const one = checkEstimationForm(valuesWith({ lists: [list('Police', ['o-police'])] }));
    expect(one.lists?.code).toBe('too_small');
    const twice = checkEstimationForm(valuesWith({ lists: [list('Police', ['o-police']), list('Police', ['o-ngo-1']), list('', ['o-shelter']), list('NGO', [])] }));
    expect(twice['lists.1.label']?.code).toBe('duplicate_label');
    expect(twice['lists.2.label']?.isEmpty).toBe(true);
    expect(twice['lists.3.organisationIds']?.code).toBe('too_small');
    const badLabel = checkEstimationForm(valuesWith({ lists: [list('A: B', ['o-police']), list('C', ['o-ngo-1'])] }));
    expect(badLabel['lists.0.label']?.message).toBe('no colons or commas');
    const noPeriod = checkEstimationForm(valuesWith({ period: [null, null], lists: [list('A', ['o-police']), list('B', ['o-ngo-1'])] }));
    expect(noPeriod.period?.isEmpty).toBe(true);
    expect(checkEstimationForm(valuesWith({ lists: [list('A', ['o-police']), list('B', ['o-ngo-1'])], bootstrap: 9000 })).bootstrap?.code).toBe('too_big');
    expect(checkEstimationForm(valuesWith({ lists: [list('A', ['o-police']), list('B', ['o-ngo-1'])] }))).toEqual({});
  });

  it('places the server\'s paths on the form', () => {
    const values = { lists: [{}, {}] };
    expect(formPathOf('from', values)).toBe('period');
    expect(formPathOf('lists.1.organisationIds.0', values)).toBe('lists.1.organisationIds');
    expect(formPathOf('lists.7.label', values)).toBe('lists');
    expect(formPathOf('lists', values)).toBe('lists');
    expect(formPathOf('seed', values)).toBe('seed');
    expect(formPathOf('somethingElse', values)).toBeNull();
  });

  it('says the engine\'s refusals in both languages', () => {
    for (const locale of ['en', 'km'] as const) {
      const tree = resources[locale].estimation as TranslationTree;
      const exists = (key: string) => key.replace('estimation:', '').split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as TranslationTree)[part] : undefined), tree) !== undefined;
      const t = (key: string) => String(key.replace('estimation:', '').split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as TranslationTree)[part] : undefined), tree) ?? key);
      for (const code of ['no_overlaps', 'model_does_not_exist', 'too_few_lists', 'duplicate_label', 'organisation_on_two_lists', 'future_date', 'out_of_order']) {
        expect(translateEstimationProblem(t, exists, { code }), `${locale} ${code}`).not.toContain('fieldErrors');
      }
    }
  });
});

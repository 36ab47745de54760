import { describe, expect, it } from 'vitest';
import { siteInputSchema, siteStatusInputSchema } from '@ctip/contracts';
import { emptyOperatorRow, emptySiteForm, emptySource, isOutOfOrder, toSiteInput, toSourceInput } from './site-form-values';

describe('the site form as the API takes it', () => {
  it('sends a new site with its first status and a press article, dropping blank aliases and operators', () => {
    const input = toSiteInput(
      { ...emptySiteForm(), kind: 'scam_compound', name: ' Golden Fortune ', aliases: ['GF Park', ' '], operators: [{ ...emptyOperatorRow(), name: 'Golden Fortune Co.' }, emptyOperatorRow()], provinceCode: 'KH-18', latitude: 10.6, longitude: 103.5 },
      { status: 'raided', occurredOn: '2025-09-02', source: { ...emptySource('press_article'), title: 'Police raid compound', publisher: 'Khmer Times', date: '2025-09-03' } },
    );
    expect(siteInputSchema.safeParse(input).success).toBe(true);
    expect(input.name).toBe('Golden Fortune');
    expect(input.aliases).toEqual(['GF Park']);
    expect(input.operators).toEqual([{ name: 'Golden Fortune Co.', registration: null }]);
    expect(input.status.source).toEqual({ kind: 'press_article', title: 'Police raid compound', publisher: 'Khmer Times', date: '2025-09-03', url: null });
  });

  it('sends only the fields of the chosen kind of source', () => {
    const source = { ...emptySource('document'), title: 'Licence 12/2025', reference: 'MEF-12', reportId: 'ignored', url: 'https://example.org' };
    expect(toSourceInput(source)).toEqual({ kind: 'document', title: 'Licence 12/2025', publisher: null, date: null, reference: 'MEF-12' });
    expect(toSourceInput({ ...emptySource('report'), reportId: 'r1' })).toEqual({ kind: 'report', reportId: 'r1' });
    expect(siteStatusInputSchema.safeParse({ status: 'licensed', occurredOn: '2025-09-10', source: toSourceInput(source) }).success).toBe(true);
  });

  it('knows when a status goes before the latest entry (a correction)', () => {
    const history = [{ occurredOn: '2025-01-05' }, { occurredOn: '2025-03-01' }];
    expect(isOutOfOrder(history, '2025-02-01')).toBe(true);
    expect(isOutOfOrder(history, '2025-03-01')).toBe(false);
    expect(isOutOfOrder([], '2020-01-01')).toBe(false);
  });
});

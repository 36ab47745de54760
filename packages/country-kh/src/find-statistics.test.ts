import { describe, expect, it } from 'vitest';
import { findStatistics } from './find-statistics';

describe('findStatistics', () => {
  it('selects national totals with an empty breakdown', () => {
    const totals = findStatistics({ indicator: 'persons_deported', period: '2024', breakdown: {} });
    expect(totals.map((statistic) => statistic.value)).toEqual([5852]);
  });

  it('selects one nationality', () => {
    const chinese = findStatistics({ indicator: 'persons_deported', period: '2024', breakdown: { nationality: 'CN' } });
    expect(chinese.map((statistic) => [statistic.source.documentId, statistic.value])).toEqual([
      ['seed-002-cambodia-china-link', 2695],
      ['seed-003-ppp-2025-03-28', 2695],
    ]);
  });

  it('filters by source document', () => {
    const fromPost = findStatistics({ indicator: 'trafficking_sexual_exploitation_cases', documentId: 'seed-003-ppp-2025-03-28' });
    expect(fromPost.map((statistic) => [statistic.period, statistic.value])).toEqual([['2024', 197], ['2023', 164]]);
  });

  it('returns nothing for an unknown indicator', () => {
    expect(findStatistics({ indicator: 'no_such_indicator' })).toEqual([]);
  });
});

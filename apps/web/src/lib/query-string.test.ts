import { describe, expect, it } from 'vitest';
import { buildQueryString } from './query-string';

describe('buildQueryString', () => {
  it('leaves out empty filters and sorts keys so equal queries give equal strings', () => {
    expect(buildQueryString({ search: '  ', status: null, role: undefined, page: 2, kind: 'ngo' })).toBe('?kind=ngo&page=2');
    expect(buildQueryString({ b: 1, a: 2 })).toBe(buildQueryString({ a: 2, b: 1 }));
  });

  it('encodes values and answers nothing for no parameters', () => {
    expect(buildQueryString({ action: 'user.*', search: 'a&b=c' })).toBe('?action=user.*&search=a%26b%3Dc');
    expect(buildQueryString({})).toBe('');
    expect(buildQueryString(undefined)).toBe('');
  });
});

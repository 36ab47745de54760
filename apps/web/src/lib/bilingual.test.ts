import { describe, expect, it } from 'vitest';
import { nameIn, otherNameIn } from './bilingual';

describe('names in two languages', () => {
  it('puts the reader\'s language first when the name exists in it', () => {
    expect(nameIn('km', 'Battambang', 'បាត់ដំបង')).toBe('បាត់ដំបង');
    expect(otherNameIn('km', 'Battambang', 'បាត់ដំបង')).toBe('Battambang');
    expect(nameIn('en', 'Battambang', 'បាត់ដំបង')).toBe('Battambang');
    expect(otherNameIn('en', 'Battambang', 'បាត់ដំបង')).toBe('បាត់ដំបង');
  });

  it('falls back to English when there is no Khmer name', () => {
    expect(nameIn('km', 'CITES', null)).toBe('CITES');
    expect(otherNameIn('km', 'CITES', null)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { withCaseFieldMessages } from './form-errors';


describe('case field messages', () => {
  it('reads the case rules’ own messages first, else the generic ones', () => {
    const translate = withCaseFieldMessages((key) => `«${key}»`, (key) => key === 'cases:fieldErrors.future_date');
    expect(translate('errors:field.future_date')).toBe('«cases:fieldErrors.future_date»');
    expect(translate('errors:field.required')).toBe('«errors:field.required»');
  });
});

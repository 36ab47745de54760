import { describe, expect, it } from 'vitest';
import { reportInputSchema } from '@ctip/contracts';
import { emptyPersonRow, emptyReportForm, linkReasonOf, reportErrorPath, toDuplicateCheck, toReportInput, type ReportFormValues } from './report-form-values';

function formWith(changes: Partial<ReportFormValues>): ReportFormValues {
  return { ...emptyReportForm(), ...changes };
}

describe('the intake form as a report', () => {
  it('sends a simple anonymous call that the API schema accepts, leaving empty rows out', () => {
    const values = formWith({
      reporter: { anonymous: true, name: 'typed before ticking', contactKind: 'phone', contact: '012 345 678', relationship: 'family_member', doNotCallBack: true },
      people: [emptyPersonRow(), { ...emptyPersonRow(), name: 'សុខ ដារ៉ា', nationality: 'KH', age: 17, sex: 'female' }],
      peopleCount: 3,
      provinceCode: 'KH-18',
      narrative: '  Held in a compound near the port.  ',
      types: ['forced_criminality'],
      urgency: 'high',
    });
    const { input, rowOfPerson } = toReportInput(values);
    expect(reportInputSchema.safeParse(input).success).toBe(true);
    expect(rowOfPerson).toEqual([1]);
    expect(input.reporter).toEqual({ anonymous: true, name: null, contact: null, relationship: 'family_member', doNotCallBack: true });
    expect(input.people).toEqual([{ names: [{ script: 'khmer', full: 'សុខ ដារ៉ា' }], nationality: 'KH', age: 17, sex: 'female', contacts: [] }]);
    expect(input.allegation).toEqual({ narrative: 'Held in a compound near the port.', types: ['forced_criminality'] });
    expect(input.provinceCode).toBe('KH-18');
    expect(input.receivedAt).toBeUndefined();
  });

  it('leaves the province to the site when a site is chosen, and sends the reporter named with a contact', () => {
    const { input } = toReportInput(
      formWith({ siteId: 'site-1', provinceCode: 'KH-1', reporter: { anonymous: false, name: 'Dara', contactKind: 'telegram', contact: '@dara', relationship: null, doNotCallBack: false } }),
    );
    expect(input.provinceCode).toBeNull();
    expect(input.siteId).toBe('site-1');
    expect(input.reporter?.contact).toEqual({ kind: 'telegram', value: '@dara' });
  });

  it('puts a server error about a person on the form row that person came from', () => {
    expect(reportErrorPath('people.0.names.0.full', [2])).toBe('people.2.name');
    expect(reportErrorPath('people.0.nationality', [3])).toBe('people.3.nationality');
    expect(reportErrorPath('people.1.contacts.0.value', [0, 4])).toBe('people.4.contact');
    expect(reportErrorPath('allegation.narrative', [])).toBe('narrative');
    expect(reportErrorPath('reporter.contact.value', [])).toBe('reporter.contact');
    expect(reportErrorPath('peopleCount', [])).toBe('peopleCount');
  });
});

describe('the duplicate check while a report is typed', () => {
  it('asks nothing while nothing meaningful is typed', () => {
    expect(toDuplicateCheck(emptyReportForm())).toBeNull();
    expect(toDuplicateCheck(formWith({ people: [{ ...emptyPersonRow(), name: 'S' }] }))).toBeNull();
  });

  it('sends the site, the reporter contact, names and contacts long enough to match', () => {
    const body = toDuplicateCheck(
      formWith({
        siteId: 'site-9',
        provinceCode: 'KH-18',
        reporter: { anonymous: false, name: '', contactKind: 'phone', contact: '012345678', relationship: null, doNotCallBack: false },
        people: [{ ...emptyPersonRow(), name: 'Chan Thy', contact: '09' }, emptyPersonRow()],
      }),
    );
    expect(body).toEqual({ siteId: 'site-9', reporterContact: { kind: 'phone', value: '012345678' }, people: [{ names: [{ full: 'Chan Thy' }], contacts: [] }] });
  });

  it('never matches on the contact of an anonymous reporter', () => {
    const body = toDuplicateCheck(formWith({ provinceCode: 'KH-12', reporter: { anonymous: true, name: '', contactKind: 'phone', contact: '012345678', relationship: null, doNotCallBack: false } }));
    expect(body).toEqual({ provinceCode: 'KH-12' });
  });
});

describe('the reason a call is linked to a suggested report', () => {
  it('follows the strongest reason it was suggested for', () => {
    expect(linkReasonOf(['same_site', 'same_reporter_contact'])).toBe('same_reporter');
    expect(linkReasonOf(['same_place_and_time', 'same_people'])).toBe('same_people');
    expect(linkReasonOf(['same_site'])).toBe('same_site');
    expect(linkReasonOf([])).toBe('other');
  });
});

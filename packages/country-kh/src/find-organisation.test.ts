import { describe, expect, it } from 'vitest';
import { findOrganisation } from './find-organisation';
import { loadOrganisations } from './load-country-pack';

describe('findOrganisation', () => {
  it.each([
    ['kh-ncct', 'kh-ncct'],
    ['NCCT', 'kh-ncct'],
    ['National Committee for Countering Human Trafficking', 'kh-ncct'],
    ['mosvy', 'kh-mosvy'],
    ['Ministry of Social, Veteran and Youth Affairs', 'kh-mosvy'],
    ['ក្រសួងមហាផ្ទៃ', 'kh-moi'],
    ['UNIFEM', 'un-unifem'],
    ['ILO/IPEC', 'un-ilo'],
  ])('finds %s', (query, id) => {
    expect(findOrganisation(query)?.id).toBe(id);
  });

  it('has the bodies, agencies and process the seeds name', () => {
    const ids = new Set(loadOrganisations().map((organisation) => organisation.id));
    for (const id of ['kh-ncct', 'kh-anti-human-trafficking-juvenile-protection-department', 'kh-moi', 'kh-mosvy', 'kh-mowa', 'kh-molvt',
      'un-iom', 'un-unicef', 'un-ilo', 'un-unfpa', 'un-unifem', 'un-undp', 'un-unodc', 'un-uniap', 'commit', 'cacha', 'amnesty-international']) {
      expect(ids.has(id), id).toBe(true);
    }
    expect(loadOrganisations().some((organisation) => organisation.kind === 'court')).toBe(true);
  });

  it('points UNIFEM to its successor', () => {
    expect(findOrganisation('UNIFEM')?.successorId).toBe('un-women');
  });
});

import { anySignedIn, platformAdministratorsOnly, type AccessEntry } from '../../testing/access-matrix';

/** Access matrix rows of the organisation directory. */
export const organisationsAccess: AccessEntry[] = [
  { method: 'GET', url: '/api/organisations', expected: anySignedIn, request: async () => ({ url: '/api/organisations' }) },
  { method: 'POST', url: '/api/organisations', expected: platformAdministratorsOnly, request: async () => ({ url: '/api/organisations', body: { nameEn: 'New NGO', kind: 'ngo', countryCode: 'KH' } }) },
  {
    method: 'GET',
    url: '/api/organisations/:id',
    relations: ['own', 'other'],
    expected: anySignedIn,
    request: async (fixture, relation) => ({ url: `/api/organisations/${fixture.organisationFor(relation)}` }),
  },
  {
    method: 'PATCH',
    url: '/api/organisations/:id',
    relations: ['own', 'other'],
    expected: platformAdministratorsOnly,
    request: async (fixture, relation) => ({ url: `/api/organisations/${fixture.organisationFor(relation)}`, body: { nameKm: 'ឈ្មោះថ្មី' } }),
  },
];

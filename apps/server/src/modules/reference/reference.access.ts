import { anySignedIn, type AccessEntry } from '../../testing/access-matrix';

const read = (url: string): AccessEntry => ({ method: 'GET', url, expected: anySignedIn, request: async () => ({ url }) });

/** Access matrix rows of the reference data. */
export const referenceAccess: AccessEntry[] = [
  read('/api/reference/provinces'),
  read('/api/reference/countries'),
  read('/api/reference/places'),
  read('/api/reference/laws'),
  read('/api/reference/indicators'),
  read('/api/reference/statistics'),
  read('/api/reference/sources'),
  read('/api/reference/oc-index'),
];

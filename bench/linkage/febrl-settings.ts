import type { LinkageSettings } from '../../packages/linkage/src/index';

const comparisons: LinkageSettings['comparisons'] = [
  { column: 'given_name', kind: 'givenName', swapWith: 'surname' },
  { column: 'surname', kind: 'familyName', swapWith: 'given_name' },
  { column: 'date_of_birth', kind: 'date' },
  { column: 'soc_sec_id', kind: 'identifier' },
  { column: 'street_number', kind: 'exact' },
  { column: 'postcode', kind: 'identifier', termFrequency: true },
  { column: 'address_1', kind: 'freeText' },
  { column: 'address_2', kind: 'freeText' },
  { column: 'suburb', kind: 'place' },
  { column: 'state', kind: 'exact' },
];

/**
 * Settings for the FEBRL benchmarks, written without looking at labels: every column compared
 * by its kind, blocking on each identifying column (names in either order), m trained on pairs
 * sharing a date of birth, a postcode or an identifier. No deterministic rules: the prior is
 * estimated from the blocked pairs, so no recall has to be guessed. The same settings serve
 * febrl3 and febrl4.
 */
export const febrlSettings: LinkageSettings = {
  comparisons,
  blockingRules: [
    ['given_name', 'surname'],
    [{ columns: ['given_name', 'surname'], transform: 'sortedTokens' }],
    ['date_of_birth'],
    ['soc_sec_id'],
    ['state', 'address_1'],
    ['street_number', 'address_1'],
    ['postcode'],
    ['suburb'],
  ],
  trainingRules: [['date_of_birth'], ['postcode'], ['soc_sec_id']],
};

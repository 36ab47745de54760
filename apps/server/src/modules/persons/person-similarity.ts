import { khmerPhoneticKey, normaliseName } from '@ctip/linkage';

/** What two persons are compared on. */
export interface ComparablePerson {
  names: ReadonlyArray<{ full: string; family?: string | null; given?: string | null }>;
  sex?: string | null;
  birthYear?: number | null;
  nationalities?: readonly string[];
  provinceCode?: string | null;
  identifiers?: readonly string[];
}

/** One field's contribution to a match: how it compared and the weight (log-odds) it adds. */
export interface SimilarityReason {
  field: 'name' | 'birth_year' | 'sex' | 'nationality' | 'province' | 'identifier';
  level: string;
  weight: number;
}

/** A score in [0, 1] and the reasons for it. */
export interface Similarity {
  score: number;
  reasons: SimilarityReason[];
}

function tokenSets(person: ComparablePerson): { spelled: Set<string>; sounded: Set<string> } {
  const spelled = new Set<string>();
  const sounded = new Set<string>();
  for (const name of person.names) {
    for (const token of normaliseName([name.full, name.family, name.given].filter(Boolean).join(' '))) {
      spelled.add(token);
      sounded.add(khmerPhoneticKey(token) || token);
    }
  }
  return { spelled, sounded };
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const token of a) if (b.has(token)) shared += 1;
  return shared / Math.min(a.size, b.size);
}

/**
 * A simple, explainable similarity used while a person is being entered: names compared as
 * token sets in any order and script (by spelling, then by sound), birth year within a year,
 * sex, nationality, home province, and exact identifiers. Weights are log-odds in the spirit of
 * Fellegi–Sunter, fixed by hand; the trained linkage model replaces them once one exists.
 */
export function comparePersons(a: ComparablePerson, b: ComparablePerson): Similarity {
  const reasons: SimilarityReason[] = [];
  const left = tokenSets(a);
  const right = tokenSets(b);
  const spelled = overlap(left.spelled, right.spelled);
  const sounded = overlap(left.sounded, right.sounded);
  if (spelled === 1) reasons.push({ field: 'name', level: 'same_words', weight: 6 });
  else if (sounded === 1) reasons.push({ field: 'name', level: 'same_sound', weight: 4.5 });
  else if (Math.max(spelled, sounded) >= 0.5) reasons.push({ field: 'name', level: 'some_words', weight: 2 });
  else reasons.push({ field: 'name', level: 'different', weight: -4 });

  if (a.birthYear != null && b.birthYear != null) {
    const difference = Math.abs(a.birthYear - b.birthYear);
    reasons.push(difference === 0 ? { field: 'birth_year', level: 'same', weight: 3 } : difference === 1 ? { field: 'birth_year', level: 'one_year_apart', weight: 1 } : { field: 'birth_year', level: 'different', weight: -3 });
  }
  if (a.sex && b.sex && a.sex !== 'unknown' && b.sex !== 'unknown') {
    reasons.push(a.sex === b.sex ? { field: 'sex', level: 'same', weight: 0.5 } : { field: 'sex', level: 'different', weight: -5 });
  }
  if (a.nationalities?.length && b.nationalities?.length) {
    reasons.push(a.nationalities.some((code) => b.nationalities!.includes(code)) ? { field: 'nationality', level: 'shared', weight: 0.5 } : { field: 'nationality', level: 'different', weight: -1.5 });
  }
  if (a.provinceCode && b.provinceCode) {
    reasons.push(a.provinceCode === b.provinceCode ? { field: 'province', level: 'same', weight: 1 } : { field: 'province', level: 'different', weight: -0.5 });
  }
  if (a.identifiers?.length && b.identifiers?.some((identifier) => a.identifiers!.includes(identifier))) {
    reasons.push({ field: 'identifier', level: 'same', weight: 8 });
  }
  const priorLogOdds = -6;
  const total = reasons.reduce((sum, reason) => sum + reason.weight, priorLogOdds);
  return { score: 1 / (1 + Math.exp(-total)), reasons };
}

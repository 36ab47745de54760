import { formatPartialDate, parsePartialDate } from '../comparators/partial-date';
import type { LinkageRecord } from '../encode/encode-records';
import type { LinkageSettings } from '../model/settings';

/** One name of a person as ctip records it: in any script, of any kind, with optional parts. */
export interface PersonName {
  /** The whole name as written. */
  text?: string | null;
  /** khmer, latin, han, vietnamese, thai, other — informative; scripts are detected anyway. */
  script?: string | null;
  /** legal, alias, romanised, nickname … */
  kind?: string | null;
  family?: string | null;
  given?: string | null;
}

/** A ctip person reduced to what linkage compares. */
export interface PersonInput {
  id?: string | null;
  names: readonly PersonName[];
  /** A date (YYYY, YYYY-MM or YYYY-MM-DD) with its precision; or text. */
  dateOfBirth?: { value: string; precision?: 'day' | 'month' | 'year' } | string | null;
  /** An approximate age at a date, used when there is no date of birth. */
  approximateAge?: { years: number; atDate: string } | null;
  sex?: string | null;
  /** ISO 3166 code or name. */
  nationality?: string | null;
  /** Province of origin or residence, as code or name in any script. */
  province?: string | null;
}

function birthDateOf(person: PersonInput): string | null {
  const given = person.dateOfBirth;
  if (given) {
    const text = typeof given === 'string' ? given : given.value;
    const parsed = parsePartialDate(text);
    if (parsed) {
      const precision = typeof given === 'string' ? undefined : given.precision;
      if (precision === 'year') return String(parsed.year);
      if (precision === 'month' && parsed.month > 0) return formatPartialDate({ ...parsed, day: 0 });
      return formatPartialDate(parsed);
    }
  }
  const age = person.approximateAge;
  if (age && Number.isFinite(age.years)) {
    const at = parsePartialDate(age.atDate);
    if (at) return String(at.year - Math.round(age.years));
  }
  return null;
}

/**
 * Flattens a ctip person into the record `personSettings` compares: every name (whole names and
 * family + given parts, any script) as alternatives separated by "|", the date of birth at its
 * precision (an approximate age becomes a year), sex, nationality and province.
 */
export function toPersonRecord(person: PersonInput): LinkageRecord {
  const names = new Set<string>();
  for (const name of person.names) {
    const text = name.text?.trim();
    if (text) names.add(text.replaceAll('|', ' '));
    const parts = [name.family, name.given].map((part) => part?.trim()).filter((part): part is string => Boolean(part));
    if (parts.length > 0) names.add(parts.join(' ').replaceAll('|', ' '));
  }
  return {
    id: person.id ?? null,
    name: names.size > 0 ? [...names].join(' | ') : null,
    birthDate: birthDateOf(person),
    sex: person.sex ?? null,
    nationality: person.nationality ?? null,
    province: person.province ?? null,
  };
}

/**
 * Settings for ctip persons (records made by `toPersonRecord`), so the product needs no tuning:
 * one name comparison over every name in every script (any order, equivalent romanisations and
 * Chinese surname spellings, term frequencies so "Sok" counts for little), the date of birth at its
 * precision, sex, nationality and province. Blocking keeps pair counts near-linear in the number of
 * persons even though Khmer names repeat a lot: names with the same consonants (how romanisations
 * of one Khmer name agree; equal names included) with the same birth year or province, a shared name token sound (or Chinese family name) with the same date of birth, or with
 * the same birth year and province. No deterministic rules:
 * the prior is estimated from the blocked pairs themselves.
 */
export const personSettings: LinkageSettings = {
  idColumn: 'id',
  comparisons: [
    { column: 'name', kind: 'personName' },
    { column: 'birthDate', kind: 'date' },
    { column: 'sex', kind: 'exact' },
    { column: 'nationality', kind: 'exact' },
    { column: 'province', kind: 'place' },
  ],
  blockingRules: [
    { name: 'similar name, birth year', on: [{ column: 'name', transform: 'skeleton' }, { column: 'birthDate', transform: 'year' }] },
    { name: 'similar name, province', on: [{ column: 'name', transform: 'skeleton' }, { column: 'province', transform: 'skeleton' }] },
    { name: 'name sound, birth date', on: [{ column: 'name', transform: 'skeletonTokens' }, 'birthDate'] },
    { name: 'name sound, birth year, province, sex', on: [{ column: 'name', transform: 'phoneticTokens' }, { column: 'birthDate', transform: 'year' }, { column: 'province', transform: 'skeleton' }, 'sex'] },
  ],
  // EM converges on a million pairs; more only costs time on large lists.
  trainingPairsPerRule: 1_000_000,
  trainingRules: [
    { name: 'birth date', on: ['birthDate'] },
    { name: 'similar name, province', on: [{ column: 'name', transform: 'skeleton' }, { column: 'province', transform: 'skeleton' }] },
  ],
};

import { khmerPhoneticKey, normaliseName } from '@ctip/linkage';
import { blindIndex } from '../../crypto/blind-index';
import type { KeyRing } from '../../crypto/key-ring';

/** A name as stored: the whole and, when known, its parts. */
export interface NameText {
  full: string;
  family?: string | null | undefined;
  given?: string | null | undefined;
}

const FIELD = 'person_name_token';

/**
 * The plain search keys of a name: each token romanised and folded (ជា → chea, Nguyễn →
 * nguyen, 陈 → chen) and its phonetic key (chea ~ chia, sokha ~ sokhar), so a search in any
 * script or common spelling finds the person. Keys are prefixed by kind so the two never mix.
 */
export function nameSearchKeys(name: NameText): Set<string> {
  const keys = new Set<string>();
  for (const text of [name.full, name.family, name.given]) {
    for (const token of normaliseName(text ?? '')) {
      keys.add(`n:${token}`);
      const phonetic = khmerPhoneticKey(token);
      if (phonetic) keys.add(`p:${phonetic}`);
    }
  }
  return keys;
}

/** The blind indexes stored for a person's names: what the database holds instead of the keys. */
export function nameTokenDigests(keyRing: KeyRing, names: readonly NameText[]): string[] {
  const keys = new Set<string>();
  for (const name of names) for (const key of nameSearchKeys(name)) keys.add(key);
  return [...keys].map((key) => blindIndex(keyRing, FIELD, key));
}

/**
 * What a search for a name looks up: for each word of the query, the digests that would match it
 * (its spelling or its sound). A person matches when every word matches one of its digests.
 */
export function queryDigestGroups(keyRing: KeyRing, query: string): string[][] {
  return normaliseName(query)
    .slice(0, 6)
    .map((token) => {
      const keys = [`n:${token}`];
      const phonetic = khmerPhoneticKey(token);
      if (phonetic) keys.push(`p:${phonetic}`);
      return keys.map((key) => blindIndex(keyRing, FIELD, key));
    });
}

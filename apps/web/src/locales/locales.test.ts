import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, ORGANISATION_KINDS, ROLES } from '@ctip/contracts';
import { AUDIT_ACTIONS, AUDIT_RESOURCE_TYPES } from '../features/audit-trail/audit-actions';
import { NAMESPACES, resources, type TranslationTree } from './resources';

const LOCALES_DIR = path.dirname(fileURLToPath(import.meta.url));
const KHMER = /[\u1780-\u17FF]/;

/** Every leaf of a translation tree as [dotted key, text]. */
function leaves(tree: TranslationTree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]): Array<[string, string]> =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
  );
}

function lookup(tree: TranslationTree, key: string): string | TranslationTree | undefined {
  return key.split('.').reduce<string | TranslationTree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree);
}

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();

describe('translations', () => {
  it('bundles every namespace file on disk, in both languages, and nothing else', () => {
    for (const locale of ['en', 'km'] as const) {
      const files = fs.readdirSync(path.join(LOCALES_DIR, locale)).filter((name) => name.endsWith('.json')).map((name) => name.replace(/\.json$/, '')).sort();
      expect(files, locale).toEqual([...NAMESPACES].sort());
    }
  });

  for (const namespace of NAMESPACES) {
    it(`has exactly the English keys in Khmer in "${namespace}"`, () => {
      const englishKeys = leaves(resources.en[namespace]).map(([key]) => key).sort();
      const khmerKeys = leaves(resources.km[namespace]).map(([key]) => key).sort();
      expect(khmerKeys).toEqual(englishKeys);
    });

    it(`uses the same placeholders in both languages and leaves nothing blank in "${namespace}"`, () => {
      for (const [key, english] of leaves(resources.en[namespace])) {
        const khmer = lookup(resources.km[namespace], key);
        expect(typeof khmer, `${namespace}:${key}`).toBe('string');
        expect(english.trim(), `${namespace}:${key} (en)`).not.toBe('');
        expect((khmer as string).trim(), `${namespace}:${key} (km)`).not.toBe('');
        expect(placeholders(khmer as string), `${namespace}:${key}`).toEqual(placeholders(english));
      }
    });

    it(`writes the Khmer translations of "${namespace}" in Khmer script`, () => {
      // A text made only of placeholders and punctuation ("{{value}}") has nothing to translate.
      const hasWords = (text: string) => /\p{L}/u.test(text.replace(/{{\s*\w+\s*}}/g, ''));
      const untranslated = leaves(resources.km[namespace]).filter(([, text]) => hasWords(text) && !KHMER.test(text)).map(([key]) => key);
      expect(untranslated).toEqual([]);
    });
  }

  it('translates every API error code', () => {
    for (const code of ERROR_CODES) expect(lookup(resources.en.errors, `code.${code}`), code).toBeTypeOf('string');
  });

  it('names every role, organisation kind, audit action and audit resource type', () => {
    for (const role of ROLES) expect(lookup(resources.en.common, `roles.${role}`), role).toBeTypeOf('string');
    for (const kind of ORGANISATION_KINDS) expect(lookup(resources.en.organisations, `kinds.${kind}`), kind).toBeTypeOf('string');
    for (const action of AUDIT_ACTIONS) expect(lookup(resources.en.audit, `actions.${action}`), action).toBeTypeOf('string');
    for (const type of AUDIT_RESOURCE_TYPES) expect(lookup(resources.en.audit, `resourceTypes.${type}`), type).toBeTypeOf('string');
  });
});

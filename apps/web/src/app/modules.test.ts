import { describe, expect, it } from 'vitest';
import { ROLES, type Role, type SessionInfo } from '@ctip/contracts';
import { resources, type TranslationTree } from '../locales/resources';
import { activePagePath, isPageActive, visiblePages } from './app-module';
import { APP_MODULES } from './modules';

function sessionOf(roles: Role[], isPlatformOperator = false): SessionInfo {
  return { user: { roles, organisation: { isPlatformOperator } } } as unknown as SessionInfo;
}

function hasTranslation(locale: 'en' | 'km', key: string): boolean {
  const [namespace, path] = key.split(':') as [keyof (typeof resources)['en'], string];
  const value = path.split('.').reduce<string | TranslationTree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), resources[locale][namespace]);
  return typeof value === 'string';
}

const visiblePaths = (session: SessionInfo) => APP_MODULES.flatMap((module) => visiblePages(module, session).map((page) => page.path));

describe('the modules of the application', () => {
  it('give every page its own path and a name in both languages', () => {
    const pages = APP_MODULES.flatMap((module) => module.pages);
    expect(new Set(pages.map((page) => page.path)).size).toBe(pages.length);
    for (const key of [...APP_MODULES.map((module) => module.labelKey), ...pages.map((page) => page.labelKey)]) {
      expect(hasTranslation('en', key), key).toBe(true);
      expect(hasTranslation('km', key), key).toBe(true);
    }
  });

  it('show administration only to administrators, and reference data to everyone', () => {
    for (const role of ROLES) {
      const paths = visiblePaths(sessionOf([role]));
      expect(paths, role).toContain('/');
      expect(paths, role).toContain('/reference/provinces');
      expect(paths.some((path) => path.startsWith('/admin/')), role).toBe(role === 'administrator');
    }
  });

  it('keep the account page out of the navigation', () => {
    expect(visiblePaths(sessionOf(['administrator'], true))).not.toContain('/account');
  });

  it('match the current page by path, the start page only exactly', () => {
    expect(isPageActive({ path: '/' }, '/')).toBe(true);
    expect(isPageActive({ path: '/' }, '/admin/users')).toBe(false);
    expect(isPageActive({ path: '/admin/users' }, '/admin/users/123')).toBe(true);
    expect(isPageActive({ path: '/admin/users' }, '/admin/users-old')).toBe(false);
  });
});

describe('activePagePath', () => {
  it('highlights only the most specific page of a location', () => {
    const pages = [{ path: '/' }, { path: '/cases' }, { path: '/cases/new' }, { path: '/cases/import' }];
    expect(activePagePath(pages, '/cases/new')).toBe('/cases/new');
    expect(activePagePath(pages, '/cases/123')).toBe('/cases');
    expect(activePagePath(pages, '/')).toBe('/');
    expect(activePagePath(pages, '/elsewhere')).toBeNull();
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WEB_DIST } from './support/environment';

/**
 * Hosts that appear in the bundle as plain strings and are never requested: XML and JSON Schema
 * namespace identifiers, documentation links in libraries' error messages, and the placeholder
 * base URL the router parses relative paths against.
 */
const INERT_HOSTS = new Set([
  'www.w3.org',
  'json-schema.org',
  'react.dev',
  'reactrouter.com',
  'mantine.dev',
  'www.i18next.com',
  'locize.com',
  'github.com',
  'localhost',
]);

const URL_PATTERN = /https?:\/\/[^\s"'`)<>\\,;]+/g;

function filesUnder(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    // A template such as `http://[${host}]` is code building a URL, not a place to go.
    return '';
  }
}

describe('the built web app', () => {
  if (!fs.existsSync(path.join(WEB_DIST, 'index.html'))) {
    it('exists', () => {
      throw new Error(`${WEB_DIST}/index.html is missing: run \`npm run build:web\` before the browser tests`);
    });
    return;
  }
  const files = filesUnder(WEB_DIST);
  const textFiles = files.filter((file) => /\.(html|css|js|svg|json|webmanifest)$/.test(file));

  it('loads nothing from another origin: no absolute URL in HTML or CSS, none but inert strings in scripts', () => {
    const offending: string[] = [];
    for (const file of textFiles) {
      const text = fs.readFileSync(file, 'utf8');
      const isMarkupOrStyle = /\.(html|css)$/.test(file);
      for (const url of text.match(URL_PATTERN) ?? []) {
        const host = hostOf(url);
        const isNamespace = host === 'www.w3.org';
        if (isMarkupOrStyle ? !isNamespace : host !== '' && !INERT_HOSTS.has(host)) offending.push(`${path.relative(WEB_DIST, file)}: ${url}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('has no inline script and no service worker, so the CSP `script-src \'self\'` holds', () => {
    const html = fs.readFileSync(path.join(WEB_DIST, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes, 'every script is a file').toMatch(/\bsrc="\/assets\//);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+=/i);
    const scriptsText = textFiles.filter((file) => file.endsWith('.js')).map((file) => fs.readFileSync(file, 'utf8')).join('\n');
    expect(scriptsText).not.toContain('serviceWorker.register');
    expect(files.some((file) => /(^|\/)(sw|service-worker)\.js$/.test(file))).toBe(false);
  });

  it('bundles the Khmer font', () => {
    expect(files.some((file) => /noto-sans-khmer-khmer-400-normal-[\w-]+\.woff2$/.test(file))).toBe(true);
    const css = textFiles.filter((file) => file.endsWith('.css')).map((file) => fs.readFileSync(file, 'utf8')).join('\n');
    expect(css).toContain('Noto Sans Khmer');
  });
});

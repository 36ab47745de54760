import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from './audit/audit-verify';
import { boot } from './boot';
import { loadConfig } from './config';
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD } from './seed/demo-data';
import { createTestDatabase, dialectsUnderTest, type TestDatabase } from './testing/test-database';

const MAIN = path.join(path.dirname(fileURLToPath(import.meta.url)), 'main.ts');

/** Starts the real server as its own process and resolves once it listens, with its URL. */
function startServerProcess(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]! });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
}

/** Signs in over real HTTP; resolves to the headers later requests need. */
async function signIn(url: string): Promise<Record<string, string>> {
  const response = await fetch(`${url}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: DEMO_ADMIN_EMAIL, password: DEMO_PASSWORD }) });
  if (response.status !== 200) throw new Error(`sign-in: ${response.status}`);
  const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
  const session = (await (await fetch(`${url}/api/auth/session`, { headers: { cookie } })).json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' };
}

describe.each(dialectsUnderTest())('no acknowledged write is lost when the server is killed (%s, SECURITY.md 5)', (dialect) => {
  let database: TestDatabase;
  const children: ChildProcess[] = [];
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await database?.drop();
  });

  it('keeps every acknowledged write across SIGKILL, with the database and audit chain intact', async () => {
    database = await createTestDatabase(dialect);
    const env = { CTIP_DATA_DIR: database.dataDir, CTIP_DEMO: 'true', PORT: '0', CTIP_LOG_LEVEL: 'silent', ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}) };
    const first = await startServerProcess(env);
    children.push(first.child);
    const headers = await signIn(first.url);

    const acknowledged: string[] = [];
    let stopped = false;
    const exited = new Promise<void>((resolve) => first.child.once('exit', () => resolve()));
    const writer = async (worker: number) => {
      for (let index = 0; !stopped; index += 1) {
        const name = `Crash test ${worker}-${index}`;
        try {
          const response = await fetch(`${first.url}/api/organisations`, { method: 'POST', headers, body: JSON.stringify({ nameEn: name, kind: 'ngo', countryCode: 'KH' }) });
          if (response.status === 201) acknowledged.push(name);
        } catch {
          return; // the connection died with the server: this write was never acknowledged
        }
      }
    };
    const writers = Array.from({ length: 6 }, (_, worker) => writer(worker));
    while (acknowledged.length < 150) await new Promise((resolve) => setTimeout(resolve, 5));
    first.child.kill('SIGKILL');
    await exited;
    stopped = true;
    await Promise.all(writers);
    expect(acknowledged.length).toBeGreaterThanOrEqual(150);

    const config = loadConfig(env);
    const booted = await boot(config);
    try {
      const stored = new Set((await booted.services.db.selectFrom('organisations').select('name_en').where('name_en', 'like', 'Crash test %').execute()).map((row) => row.name_en));
      const lost = acknowledged.filter((name) => !stored.has(name));
      expect(lost).toEqual([]);
      expect(await booted.services.dialect.integrityCheck(booted.services.db)).toEqual([]);
      expect((await verifyAuditChain(booted.services.db, booted.services.keyRing)).ok).toBe(true);
    } finally {
      await booted.close();
    }

    // And the server starts again on the same database.
    const second = await startServerProcess(env);
    children.push(second.child);
    expect((await fetch(`${second.url}/readyz`)).status).toBe(200);
  }, 180_000);
});

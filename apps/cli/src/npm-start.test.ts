import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The README promises that `npm install && npm start` on a fresh clone loads the demo data set
 * and prints the demo administrator's sign-in. `npm start` builds the web app, then runs the
 * command after `&&`; this runs that command, as npm would, on an empty data directory.
 * (A start script without `--demo` once left a fresh install with no account at all.)
 */
describe('npm start on a fresh clone', () => {
  const dataDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'ctip-start-'));
  afterAll(() => fs.rmSync(dataDirectory, { recursive: true, force: true }));

  it('serves with the demo data set and prints the demo administrator’s sign-in', async () => {
    const scripts = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    const [build, serve] = scripts.start!.split('&&').map((part) => part.trim());
    expect(build).toBe('npm run build:web');
    const [command, ...args] = serve!.split(/\s+/);
    expect(command).toBe('ctip');

    const environment: NodeJS.ProcessEnv = { ...process.env, PORT: '0', CTIP_DATA_DIR: dataDirectory, CTIP_LOG_LEVEL: 'silent' };
    delete environment.DATABASE_URL;
    delete environment.CTIP_DEMO;
    const child = spawn(process.execPath, [path.join(root, 'apps/cli/bin/ctip.mjs'), ...args], { cwd: root, env: environment, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          // Either way the server says who can sign in once it is up.
          if (/Sign in as \S+ with password|No accounts yet/.test(output)) resolve();
        });
        child.once('exit', (code) => reject(new Error(`ctip exited (${code}) before printing the sign-in:\n${output}`)));
      });
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    expect(output).toMatch(/the demo data set was loaded/);
    expect(output).toMatch(/Sign in as admin@demo\.ctip\.invalid with password ctip-demo-password/);
  }, 120_000);
});

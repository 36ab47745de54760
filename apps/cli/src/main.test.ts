import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boot, loadConfig } from '@ctip/server';
import { createTestDatabase, dialectsUnderTest, type TestDatabase } from '@ctip/server/testing';
import { main } from './main';
import { captureIo } from './testing-io';

describe('ctip command line: arguments', () => {
  it('prints the overview and exits 2 without a command, 0 with --help', async () => {
    const io = captureIo({});
    expect(await main([], io)).toBe(2);
    expect(io.out()).toMatch(/Usage: ctip <command>/);
    expect(await main(['--help'], captureIo({}))).toBe(0);
  });

  it('exits 2 with a message for an unknown command or option', async () => {
    const unknown = captureIo({});
    expect(await main(['frobnicate'], unknown)).toBe(2);
    expect(unknown.err()).toMatch(/unknown command "frobnicate"/);
    const badOption = captureIo({});
    expect(await main(['migrate', '--colour'], badOption)).toBe(2);
    expect(badOption.err()).toMatch(/Unknown option '--colour'/);
  });

  it('explains every option with --help', async () => {
    for (const command of [['serve'], ['migrate'], ['seed'], ['user', 'add'], ['user', 'reset-password'], ['user', 'disable'], ['audit', 'verify'], ['keys', 'rotate'], ['backup'], ['restore']]) {
      const io = captureIo({});
      expect(await main([...command, '--help'], io), command.join(' ')).toBe(0);
      expect(io.out()).toMatch(/^Usage: ctip /);
    }
  });

  it('exits 2 naming each bad configuration value', async () => {
    const io = captureIo({ CTIP_DATA_DIR: '/tmp/unused', PORT: 'eighty', DATABASE_URL: 'mysql://x' });
    expect(await main(['migrate'], io)).toBe(2);
    expect(io.err()).toMatch(/PORT: must be a port number/);
    expect(io.err()).toMatch(/DATABASE_URL: must be a postgres/);
  });

  it('refuses bad user arguments before touching the database', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['user', 'add', '--name', 'X', '--role', 'analyst'], /--email must be an email/],
      [['user', 'add', '--email', 'x@example.org', '--role', 'analyst'], /--name is required/],
      [['user', 'add', '--email', 'x@example.org', '--name', 'X'], /at least one --role/],
      [['user', 'add', '--email', 'x@example.org', '--name', 'X', '--role', 'king'], /unknown role king/],
      [['user', 'disable'], /--email is required/],
      [['backup'], /--out FILE is required/],
      [['restore'], /--from FILE is required/],
    ];
    for (const [argv, message] of cases) {
      const io = captureIo({ CTIP_DATA_DIR: '/nonexistent/never-created' });
      expect(await main(argv, io), argv.join(' ')).toBe(2);
      expect(io.err()).toMatch(message);
    }
    expect(fs.existsSync('/nonexistent/never-created')).toBe(false);
  });
});

describe.each(dialectsUnderTest())('ctip command line on %s', (dialect) => {
  let database: TestDatabase;
  let env: Record<string, string>;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    env = { CTIP_DATA_DIR: database.dataDir, ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}) };
  });
  afterAll(async () => database?.drop());

  it('migrates, adds an administrator with a temporary password, and refuses a duplicate', async () => {
    expect(await main(['migrate'], captureIo(env))).toBe(0);
    const io = captureIo(env);
    expect(await main(['user', 'add', '--email', 'Admin@Example.org', '--name', 'First Admin', '--role', 'administrator'], io)).toBe(0);
    expect(io.out()).toMatch(/Created admin@example.org \(administrator\) in National Committee for Counter Trafficking/);
    expect(io.out()).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/m);
    const again = captureIo(env);
    expect(await main(['user', 'add', '--email', 'admin@example.org', '--name', 'Again', '--role', 'analyst'], again)).toBe(2);
    expect(again.err()).toMatch(/already exists/);
  });

  it('sets a password from stdin, resets and disables', async () => {
    expect(await main(['user', 'add', '--email', 'worker@example.org', '--name', 'Worker', '--role', 'case_worker', '--password-stdin'], captureIo(env, 'a very private password\n'))).toBe(0);
    expect(await main(['user', 'add', '--email', 'short@example.org', '--name', 'Short', '--role', 'case_worker', '--password-stdin'], captureIo(env, 'short\n'))).toBe(2);
    const reset = captureIo(env);
    expect(await main(['user', 'reset-password', '--email', 'worker@example.org'], reset)).toBe(0);
    expect(reset.out()).toMatch(/Temporary password for worker@example.org/);
    expect(await main(['user', 'disable', '--email', 'worker@example.org'], captureIo(env))).toBe(0);
    const missing = captureIo(env);
    expect(await main(['user', 'disable', '--email', 'ghost@example.org'], missing)).toBe(2);
    expect(missing.err()).toMatch(/no account with email ghost@example.org/);
  });

  it('verifies the audit trail, and exits 1 naming the first broken link once it is tampered with', async () => {
    const intact = captureIo(env);
    expect(await main(['audit', 'verify'], intact)).toBe(0);
    expect(intact.out()).toMatch(/intact: \d+ events checked/);
    const booted = await boot(loadConfig(env));
    try {
      if (dialect === 'postgres') await sql`alter table audit_events disable trigger user`.execute(booted.services.db);
      else await sql`drop trigger audit_events_no_update`.execute(booted.services.db);
      await booted.services.db.updateTable('audit_events').set({ resource_id: 'someone-else' }).where('seq', '=', 2).execute();
    } finally {
      await booted.close();
    }
    const broken = captureIo(env);
    expect(await main(['audit', 'verify', '--json'], broken)).toBe(1);
    expect(JSON.parse(broken.out())).toMatchObject({ ok: false, firstBrokenSeq: 2 });
  });

  it('rotates keys, backs up and restores', async () => {
    const rotate = captureIo(env);
    expect(await main(['keys', 'rotate'], rotate)).toBe(0);
    expect(rotate.out()).toMatch(/Field key version 2 is in use/);
    expect(await main(['keys', 'rotate', '--master'], captureIo(env))).toBe(0);
    expect(await main(['migrate'], captureIo(env))).toBe(0);
    const backupFile = path.join(database.dataDir, 'cli-backup.bin');
    expect(await main(['backup', '--out', backupFile], captureIo(env))).toBe(0);
    const refused = captureIo(env);
    expect(await main(['backup', '--out', backupFile], refused)).toBe(2);
    expect(refused.err()).toMatch(/already exists/);
    const scratch = await createTestDatabase(dialect);
    try {
      const scratchEnv = { CTIP_DATA_DIR: scratch.dataDir, ...(scratch.databaseUrl ? { DATABASE_URL: scratch.databaseUrl } : {}) };
      expect(await main(['restore', '--from', backupFile], captureIo(scratchEnv))).toBe(0);
      const restored = await boot(loadConfig({ ...scratchEnv, CTIP_MASTER_KEY: fs.readFileSync(path.join(database.dataDir, 'secrets', 'master.key'), 'utf8').trim() }));
      try {
        const users = await restored.services.db.selectFrom('users').select('email').orderBy('email').execute();
        expect(users.map((user) => user.email)).toEqual(['admin@example.org', 'worker@example.org']);
      } finally {
        await restored.close();
      }
    } finally {
      await scratch.drop();
    }
  });
});

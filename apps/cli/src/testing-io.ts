import { PassThrough, Readable } from 'node:stream';
import type { CommandIo } from './command';

/** Buffers standing in for a terminal, for tests of commands. */
export function captureIo(env: Record<string, string | undefined>, stdinText?: string): CommandIo & { out(): string; err(): string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  return {
    stdout,
    stderr,
    env: env as NodeJS.ProcessEnv,
    cwd: process.cwd(),
    ...(stdinText === undefined ? {} : { stdin: Readable.from([stdinText]) }),
    out: () => out,
    err: () => err,
  };
}

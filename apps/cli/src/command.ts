import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Streams a command writes to; tests pass buffers instead of the process's own. */
export interface CommandIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Environment the command may read (only `config.ts` of the server reads it for the server). */
  env: NodeJS.ProcessEnv;
  /** Working directory that relative paths are resolved against. */
  cwd: string;
  /** Where --password-stdin reads from (the process's stdin unless a test gives one). */
  stdin?: NodeJS.ReadableStream;
}

/** One `ctip` sub-command. `run` resolves to the process exit code. */
export interface Command {
  /** The words that select it, e.g. `['user', 'add']`. */
  name: string[];
  /** One line for `ctip --help`. */
  summary: string;
  /** Full text for `ctip <name> --help`. */
  usage: string;
  run(args: string[], io: CommandIo): Promise<number>;
}

/** Thrown for bad arguments; the dispatcher prints the message and the usage and exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * Parses options with node's own parser, turning its errors into UsageError so that
 * every command answers a bad argument the same way (message, usage, exit code 2).
 */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: T,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

import { boot, ConfigError, loadConfig, type Booted, type Config } from '@ctip/server';
import { UsageError, type CommandIo } from './command';

/**
 * The server's configuration as the CLI sees it: the same environment variables as
 * `ctip serve`, so administrative commands act on the same database.
 * @throws UsageError (exit 2) when the configuration is invalid.
 */
export function configFrom(io: CommandIo, overrides: Record<string, string> = {}): Config {
  try {
    return loadConfig({ ...io.env, ...overrides }, io.cwd);
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}

/** Runs work against the booted (migrated) database and always closes it. */
export async function withServices<T>(config: Config, work: (booted: Booted) => Promise<T>): Promise<T> {
  const booted = await boot(config);
  try {
    return await work(booted);
  } finally {
    await booted.close();
  }
}

/** Writes one line to a stream. */
export function println(stream: NodeJS.WritableStream, line = ''): void {
  stream.write(`${line}\n`);
}

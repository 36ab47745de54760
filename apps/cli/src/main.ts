import { UsageError, type CommandIo } from './command';
import { COMMANDS, type CommandEntry } from './commands';

function overview(): string {
  const width = Math.max(...COMMANDS.map((entry) => entry.name.join(' ').length));
  return [
    'Usage: ctip <command> [options]   (ctip <command> --help for its options)',
    '',
    'Commands:',
    ...COMMANDS.map((entry) => `  ${entry.name.join(' ').padEnd(width)}  ${entry.summary}`),
    '',
    'Configuration comes from environment variables (PORT, CTIP_DATA_DIR, DATABASE_URL, CTIP_DEMO, …; see README).',
  ].join('\n');
}

function find(argv: string[]): { entry: CommandEntry; rest: string[] } | null {
  const matches = COMMANDS.filter((entry) => entry.name.every((word, index) => argv[index] === word));
  const best = matches.sort((a, b) => b.name.length - a.name.length)[0];
  return best ? { entry: best, rest: argv.slice(best.name.length) } : null;
}

/**
 * Runs `ctip` with its arguments and resolves to the exit code: 0 done, 1 failed (e.g. the audit
 * chain is broken), 2 bad arguments or configuration (with the message and the usage).
 */
export async function main(argv: string[], io: CommandIo = { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.stdout.write(`${overview()}\n`);
    return argv.length === 0 ? 2 : 0;
  }
  const found = find(argv);
  if (!found) {
    io.stderr.write(`ctip: unknown command "${argv.filter((word) => !word.startsWith('-')).slice(0, 2).join(' ')}"\n\n${overview()}\n`);
    return 2;
  }
  const command = await found.entry.load();
  if (found.rest.includes('--help') || found.rest.includes('-h')) {
    io.stdout.write(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(found.rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`ctip ${command.name.join(' ')}: ${error.message}\n\n${command.usage}\n`);
      return 2;
    }
    io.stderr.write(`ctip ${command.name.join(' ')} failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

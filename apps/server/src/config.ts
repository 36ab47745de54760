import path from 'node:path';
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''], { error: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const base64Key = z
  .string()
  .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 bytes, base64-encoded');

const environmentSchema = z.object({
  PORT: z.coerce.number({ error: 'must be a port number' }).int('must be a whole number').min(0, 'must be 0 to 65535').max(65535, 'must be 0 to 65535').default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  CTIP_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  CTIP_DEMO: booleanFlag.default(false),
  CTIP_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CTIP_SESSION_IDLE_MINUTES: z.coerce.number({ error: 'must be a number of minutes' }).int().min(1, 'at least 1').max(24 * 60, 'at most 1440').default(30),
  CTIP_SESSION_ABSOLUTE_HOURS: z.coerce.number({ error: 'must be a number of hours' }).int().min(1, 'at least 1').max(7 * 24, 'at most 168').default(12),
  CTIP_TRUST_PROXY: booleanFlag.default(false),
  CTIP_COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  CTIP_SESSION_SECRET: base64Key.optional(),
  CTIP_MASTER_KEY: base64Key.optional(),
  CTIP_ARGON2_MEMORY_KIB: z.coerce.number().int().min(19_456).max(4_194_304).default(19_456),
  CTIP_ARGON2_ITERATIONS: z.coerce.number().int().min(2).max(64).default(2),
});

/** Validated configuration. Only this module reads `process.env`. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  demoMode: boolean;
  logLevel: z.infer<typeof environmentSchema>['CTIP_LOG_LEVEL'];
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  trustProxy: boolean;
  cookieSecure: 'auto' | 'always' | 'never';
  /** Given in the environment; otherwise generated into the data directory on first start. */
  sessionSecret: Buffer | null;
  masterKey: Buffer | null;
  argon2: { memoryKib: number; iterations: number };
}

/** Thrown when the environment is invalid; `problems` names each variable and what is wrong. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

/**
 * Reads and validates the configuration once, at start. Fails fast with every problem listed,
 * so an operator fixes them in one go rather than one restart at a time.
 * @throws ConfigError when a variable has a bad value.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const relevant = Object.fromEntries(
    Object.keys(environmentSchema.shape)
      .filter((key) => env[key] !== undefined && env[key] !== '')
      .map((key) => [key, env[key]]),
  );
  const parsed = environmentSchema.safeParse(relevant);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`),
    );
  }
  const values = parsed.data;
  return {
    port: values.PORT,
    host: values.HOST,
    dataDir: path.resolve(cwd, values.CTIP_DATA_DIR),
    databaseUrl: values.DATABASE_URL ?? null,
    demoMode: values.CTIP_DEMO,
    logLevel: values.CTIP_LOG_LEVEL,
    sessionIdleMinutes: values.CTIP_SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: values.CTIP_SESSION_ABSOLUTE_HOURS,
    trustProxy: values.CTIP_TRUST_PROXY,
    cookieSecure: values.CTIP_COOKIE_SECURE === 'auto' ? 'auto' : values.CTIP_COOKIE_SECURE === 'true' ? 'always' : 'never',
    sessionSecret: values.CTIP_SESSION_SECRET ? Buffer.from(values.CTIP_SESSION_SECRET, 'base64') : null,
    masterKey: values.CTIP_MASTER_KEY ? Buffer.from(values.CTIP_MASTER_KEY, 'base64') : null,
    argon2: { memoryKib: values.CTIP_ARGON2_MEMORY_KIB, iterations: values.CTIP_ARGON2_ITERATIONS },
  };
}

/** Keys whose values are never printed, even in configuration summaries. */
export const SECRET_CONFIG_KEYS = ['CTIP_SESSION_SECRET', 'CTIP_MASTER_KEY', 'DATABASE_URL'] as const;

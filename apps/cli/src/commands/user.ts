import { createUser, ensurePlatformOperator, findUserByEmail, resetPassword, setUserStatus, systemAuditContext, type Booted } from '@ctip/server';
import { LIMITS, LOCALES, ROLES, type Locale, type Role } from '@ctip/contracts';
import { parseOptions, UsageError, type Command, type CommandIo } from '../command';
import { readLineFromStdin } from '../read-secret';
import { configFrom, println, withServices } from '../server-context';

async function passwordFrom(useStdin: boolean | undefined, io: CommandIo): Promise<string | undefined> {
  if (!useStdin) return undefined;
  const password = await readLineFromStdin(io.stdin);
  if (password.length < LIMITS.passwordMinLength) throw new UsageError(`the password must have at least ${LIMITS.passwordMinLength} characters`);
  return password;
}

async function organisationIdFor(booted: Booted, reference: string | undefined): Promise<string> {
  const db = booted.services.db;
  if (reference === undefined) return ensurePlatformOperator(booted.services);
  const found = await db.selectFrom('organisations').select('id').where((where) => where.or([where('id', '=', reference), where('code', '=', reference)])).executeTakeFirst();
  if (!found) throw new UsageError(`no organisation with id or code "${reference}"`);
  return found.id;
}

async function existingUser(booted: Booted, email: string | undefined) {
  if (!email) throw new UsageError('--email is required');
  const user = await findUserByEmail(booted.services.db, email);
  if (!user) throw new UsageError(`no account with email ${email}`);
  return user;
}

/** The CLI acts as the system: it is never the account it acts on. */
const SYSTEM_ACTOR = { userId: '', organisationId: '', roles: [], isPlatformOperator: true } as const;

function report(io: CommandIo, email: string, temporaryPassword: string | null): void {
  if (temporaryPassword) {
    println(io.stdout, `Temporary password for ${email} (shown once; it must be changed at first sign-in):`);
    println(io.stdout, temporaryPassword);
  }
}

/** `ctip user add`. */
export const userAddCommand: Command = {
  name: ['user', 'add'],
  summary: 'Create an account',
  usage: `Usage: ctip user add --email EMAIL --name "Display Name" --role ROLE [--role ROLE …]
                     [--organisation ID|CODE] [--locale en|km] [--password-stdin]

Roles: ${ROLES.join(', ')}.
Without --organisation the account joins the organisation that runs the platform. Without
--password-stdin a temporary password is printed once and must be changed at first sign-in.`,
  async run(args, io) {
    const { values } = parseOptions(args, {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string', multiple: true },
      organisation: { type: 'string' },
      locale: { type: 'string' },
      'password-stdin': { type: 'boolean' },
    });
    if (!values.email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(values.email)) throw new UsageError('--email must be an email address');
    if (!values.name?.trim()) throw new UsageError('--name is required');
    const roles = values.role ?? [];
    if (roles.length === 0) throw new UsageError('at least one --role is required');
    const unknown = roles.filter((role) => !(ROLES as readonly string[]).includes(role));
    if (unknown.length > 0) throw new UsageError(`unknown role ${unknown.join(', ')}; choose from ${ROLES.join(', ')}`);
    const locale = (values.locale ?? 'en') as Locale;
    if (!LOCALES.includes(locale)) throw new UsageError('--locale must be en or km');
    const password = await passwordFrom(values['password-stdin'], io);
    const config = configFrom(io);
    return withServices(config, async (booted) => {
      const organisationId = await organisationIdFor(booted, values.organisation);
      if (await findUserByEmail(booted.services.db, values.email!)) throw new UsageError(`an account with email ${values.email} already exists`);
      const { user, temporaryPassword } = await createUser(
        booted.services,
        { email: values.email!, displayName: values.name!.trim(), organisationId, roles: roles as Role[], locale, ...(password ? { password, mustChangePassword: false } : {}) },
        systemAuditContext('cli:user-add'),
      );
      println(io.stdout, `Created ${user.email} (${user.roles.join(', ')}) in ${user.organisation_name_en}.`);
      report(io, user.email, temporaryPassword);
      return 0;
    });
  },
};

/** `ctip user reset-password`. */
export const userResetPasswordCommand: Command = {
  name: ['user', 'reset-password'],
  summary: "Reset an account's password and end its sessions",
  usage: `Usage: ctip user reset-password --email EMAIL [--password-stdin]

Without --password-stdin a temporary password is printed once and must be changed at the
next sign-in. Every session of the account ends.`,
  async run(args, io) {
    const { values } = parseOptions(args, { email: { type: 'string' }, 'password-stdin': { type: 'boolean' } });
    if (!values.email) throw new UsageError('--email is required');
    const password = await passwordFrom(values['password-stdin'], io);
    return withServices(configFrom(io), async (booted) => {
      const user = await existingUser(booted, values.email);
      const { temporaryPassword } = await resetPassword(booted.services, user, systemAuditContext('cli:user-reset-password'), password);
      println(io.stdout, `The password of ${user.email} was reset; its sessions have ended.`);
      report(io, user.email, temporaryPassword);
      return 0;
    });
  },
};

/** `ctip user disable`. */
export const userDisableCommand: Command = {
  name: ['user', 'disable'],
  summary: 'Disable an account and end its sessions',
  usage: `Usage: ctip user disable --email EMAIL

The account can no longer sign in, and every session it has ends at once.`,
  async run(args, io) {
    const { values } = parseOptions(args, { email: { type: 'string' } });
    if (!values.email) throw new UsageError('--email is required');
    return withServices(configFrom(io), async (booted) => {
      const user = await existingUser(booted, values.email);
      await setUserStatus(booted.services, SYSTEM_ACTOR, user, 'disabled', systemAuditContext('cli:user-disable'));
      println(io.stdout, `${user.email} is disabled; its sessions have ended.`);
      return 0;
    });
  },
};

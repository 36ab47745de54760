import type { CaseSection } from '@ctip/contracts';
import { AppError } from '../errors';
import type { Actor } from './actor';
import type { CaseAccess } from './case-access';
import { decideOnOperation, decideOnReport, decideOnSite, type OperationAccess, type ReportAccess } from './intake-scope';
import { roleAllows, type Action } from './permissions';

/**
 * What an action is applied to. Each record type says what its scope depends on: for most,
 * the organisation that owns it.
 */
export type Resource =
  | { type: 'organisation'; id: string }
  | { type: 'user'; id: string; organisationId: string }
  | { type: 'session'; userOrganisationId: string }
  | { type: 'audit_trail' }
  | { type: 'reference' }
  /** Actions on cases or their persons, given the actor's access (case-access.ts). */
  | { type: 'case'; access: CaseAccess; section?: CaseSection }
  /** A collection of the actor's own organisation (case list, new persons, referrals inbox). */
  | { type: 'own_work' }
  /** Platform-wide record linkage (runs, the review queue, merges, the model). */
  | { type: 'linkage' }
  /** A referral, seen from either side. */
  | { type: 'referral'; fromOrganisationId: string; toOrganisationId: string; caseAccess: CaseAccess }
  /** A shelter, kept by one organisation and listed to all who work on cases. */
  | { type: 'shelter'; organisationId: string }
  /** A report, given the actor's access to it (intake-scope.ts). */
  | { type: 'report'; access: ReportAccess }
  /** The site registry or one of its sites (shared platform-wide). */
  | { type: 'site' }
  /** An operation, given whether the actor's organisation took part. */
  | { type: 'operation'; access: OperationAccess };

/** The decision: allowed, or refused as "not found" (the record's existence must not leak) or "forbidden". */
export type Decision = { allowed: true } | { allowed: false; refusal: 'not_found' | 'forbidden' };

const ALLOW: Decision = { allowed: true };
const FORBIDDEN: Decision = { allowed: false, refusal: 'forbidden' };
const HIDDEN: Decision = { allowed: false, refusal: 'not_found' };

/** Whether a record owned by an organisation is within an administrator's reach. */
function administersOrganisation(actor: Actor, organisationId: string): boolean {
  return actor.isPlatformOperator || actor.organisationId === organisationId;
}

/**
 * The one function that decides every access (SECURITY.md; STYLE.md 7): role × action, then the
 * record's scope. Deny by default: any combination not allowed below is refused.
 */
export function decide(actor: Actor, action: Action, resource: Resource): Decision {
  if (!roleAllows(actor.roles, action)) {
    // A role that may never do this learns nothing about the record either way.
    return resource.type === 'user' || resource.type === 'session' || resource.type === 'case' || resource.type === 'referral' || resource.type === 'report' || resource.type === 'operation' ? HIDDEN : FORBIDDEN;
  }
  switch (resource.type) {
    case 'reference':
      return action === 'reference.read' ? ALLOW : FORBIDDEN;
    case 'organisation':
      if (action === 'organisation.read' || action === 'organisation.list') return ALLOW;
      if (action === 'organisation.create' || action === 'organisation.update') return actor.isPlatformOperator ? ALLOW : FORBIDDEN;
      if (action === 'user.create' || action === 'user.list' || action === 'session.list') {
        return administersOrganisation(actor, resource.id) ? ALLOW : FORBIDDEN;
      }
      return FORBIDDEN;
    case 'user':
      if (!action.startsWith('user.')) return HIDDEN;
      return administersOrganisation(actor, resource.organisationId) ? ALLOW : HIDDEN;
    case 'session':
      if (action !== 'session.terminate' && action !== 'session.list') return HIDDEN;
      return administersOrganisation(actor, resource.userOrganisationId) ? ALLOW : HIDDEN;
    case 'audit_trail':
      if (action === 'audit.read') return ALLOW;
      if (action === 'audit.verify') return actor.isPlatformOperator ? ALLOW : FORBIDDEN;
      return FORBIDDEN;
    case 'own_work':
      return ALLOW;
    case 'linkage':
      return actor.isPlatformOperator && action.startsWith('linkage.') ? ALLOW : FORBIDDEN;
    case 'case':
      return decideOnCase(action, resource.access, resource.section);
    case 'report':
      return decideOnReport(action, resource.access);
    case 'site':
      return decideOnSite(actor, action);
    case 'operation':
      return decideOnOperation(action, resource.access);
    case 'shelter':
      if (action === 'shelter.list') return ALLOW;
      if (action === 'shelter.manage') return actor.organisationId === resource.organisationId ? ALLOW : HIDDEN;
      return FORBIDDEN;
    case 'referral':
      if (action === 'referral.respond') return actor.organisationId === resource.toOrganisationId ? ALLOW : HIDDEN;
      if (action === 'referral.end') return actor.organisationId === resource.fromOrganisationId && resource.caseAccess.relation === 'owner' ? ALLOW : HIDDEN;
      return HIDDEN;
  }
}

/** Actions that only the owning organisation may take on a case. */
const OWNER_ACTIONS = new Set<Action>(['case.create', 'case.update', 'case.move_stage', 'case.manage_consent', 'case.refer', 'case.transfer', 'case.restrict', 'person.update', 'screening.create']);

/**
 * Cases: nobody without access learns the case exists; reading needs access; changing the case
 * itself needs ownership; recording an entry needs the section it belongs to.
 */
function decideOnCase(action: Action, access: CaseAccess, section: CaseSection | undefined): Decision {
  if (access.relation === 'none') return HIDDEN;
  if (action === 'case.read' || action === 'person.read' || action === 'screening.read') {
    return section === undefined || access.sections.includes(section) ? ALLOW : HIDDEN;
  }
  if (OWNER_ACTIONS.has(action)) return access.relation === 'owner' ? ALLOW : FORBIDDEN;
  if (action === 'case.record_entry') return section !== undefined && access.sections.includes(section) ? ALLOW : FORBIDDEN;
  return FORBIDDEN;
}

/**
 * Like {@link decide}, but throws the refusal as the error the API answers with.
 * @throws AppError not_found or forbidden.
 */
export function authorize(actor: Actor, action: Action, resource: Resource): void {
  const decision = decide(actor, action, resource);
  if (!decision.allowed) throw new AppError(decision.refusal);
}

/**
 * Which organisations' records a list may include for this actor: every organisation, or only
 * their own. Lists filter by this in SQL, so records out of scope are never even loaded.
 */
export function organisationScope(actor: Actor): { kind: 'all' } | { kind: 'one'; organisationId: string } {
  return actor.isPlatformOperator ? { kind: 'all' } : { kind: 'one', organisationId: actor.organisationId };
}

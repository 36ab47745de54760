import type { Actor } from './actor';
import type { Action } from './permissions';
import type { Decision } from './policy';

/**
 * Record scope of intake, sites and operations (the rules are listed for reviewers in
 * modules/intake/POLICY.md). Reports follow the organisation that recorded them, and the
 * organisations it shared them with (by referral or by assignment); sites are places, shared
 * platform-wide; operations are seen by the organisations that took part in them.
 */

/** How the actor's organisation relates to a report. */
export interface ReportAccess {
  relation: 'owner' | 'shared' | 'none';
}

/** What decides who sees a report. */
export interface ReportAccessFacts {
  ownerOrganisationId: string;
  /** Organisations the report was referred or assigned to. */
  sharedWithOrganisationIds: readonly string[];
}

/** The actor's access to a report: the recording organisation owns it; organisations it was shared with read it. */
export function reportAccess(actor: Actor, facts: ReportAccessFacts): ReportAccess {
  if (facts.ownerOrganisationId === actor.organisationId) return { relation: 'owner' };
  return { relation: facts.sharedWithOrganisationIds.includes(actor.organisationId) ? 'shared' : 'none' };
}

/** How the actor's organisation relates to an operation: a party (recorder, lead, agency, receiving or reporting organisation) or not. */
export interface OperationAccess {
  relation: 'party' | 'none';
}

const ALLOW: Decision = { allowed: true };
const FORBIDDEN: Decision = { allowed: false, refusal: 'forbidden' };
const HIDDEN: Decision = { allowed: false, refusal: 'not_found' };

/** Actions on a report that only its recording organisation takes. */
const REPORT_OWNER_ACTIONS = new Set<Action>(['report.update', 'report.move_status', 'report.link', 'report.share']);
/** Actions that only need to see a report: reading it, citing it as a site's source, acting on it in an operation. */
const REPORT_READER_ACTIONS = new Set<Action>(['report.read', 'report.list', 'site.record_status', 'operation.create']);

/**
 * Reports: nobody outside the owner and the organisations it was shared with learns the report
 * exists; those it was shared with read it (and may act on it in an operation); changing it is
 * the recording organisation's.
 */
export function decideOnReport(action: Action, access: ReportAccess): Decision {
  if (access.relation === 'none') return HIDDEN;
  if (REPORT_READER_ACTIONS.has(action)) return ALLOW;
  if (REPORT_OWNER_ACTIONS.has(action)) return access.relation === 'owner' ? ALLOW : FORBIDDEN;
  return FORBIDDEN;
}

/** Sites are places, not people: shared platform-wide; only the platform's administrators publish them. */
export function decideOnSite(actor: Actor, action: Action): Decision {
  if (action === 'site.publish') return actor.isPlatformOperator ? ALLOW : FORBIDDEN;
  return ALLOW;
}

/** Operations: seen by their parties only; citing one as a site's source needs seeing it. */
export function decideOnOperation(action: Action, access: OperationAccess): Decision {
  if (access.relation === 'none') return HIDDEN;
  return action === 'operation.read' || action === 'site.record_status' ? ALLOW : FORBIDDEN;
}

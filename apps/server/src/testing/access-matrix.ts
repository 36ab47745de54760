import type { Role } from '@ctip/contracts';
import type { TestContext } from './test-context';

/** Who makes the request: nobody, an administrator of the platform operator, or a user with one role in an ordinary organisation. */
export type ActorKind = 'anonymous' | 'platform_administrator' | Role;

/**
 * How the record a request targets relates to the actor's organisation: its own, another's,
 * referred to it, transferred to it, or not a record at all (collections, the actor's own account).
 */
export type Relation = 'own' | 'other' | 'referred' | 'transferred' | 'none';

/** A declared outcome: any 2xx, or an exact status. */
export type Expected = 'ok' | 400 | 401 | 403 | 404 | 409 | 415;

/** What an entry's request builder may create records with. */
export interface AccessFixture {
  context: TestContext;
  /** The organisation of every ordinary actor. */
  ownOrganisationId: string;
  otherOrganisationId: string;
  organisationFor(relation: Relation): string;
  /** A fresh account in the organisation of the relation. */
  newUser(relation: Relation): Promise<{ id: string; email: string }>;
  /** A fresh session of a fresh account in the organisation of the relation; resolves to its id. */
  newSession(relation: Relation): Promise<string>;
  /**
   * A fresh case in the relation to the actor's organisation: owned by it (`own`), by another
   * (`other`), another's referred to it (`referred`, an accepted medical referral), or
   * transferred to it (`transferred`).
   */
  newCase(relation: Relation): Promise<{ caseId: string; personId: string; screeningId: string }>;
  /**
   * A fresh pending referral: sent by the actor's organisation (`own`), received by it
   * (`referred`), or between two others (`other`). With `accepted`, already accepted.
   */
  newReferral(relation: Relation, accepted?: boolean): Promise<string>;
  /** A screening with no case yet, of a person of the organisation of the relation. */
  newScreening(relation: Relation): Promise<string>;
  /** A fresh case (as `newCase`) with a consent recorded on it. */
  newConsent(relation: Relation): Promise<{ caseId: string; consentId: string }>;
  /** An organisation that is neither the actor's nor the `other` one. */
  thirdOrganisationId: string;
  /** A pending linkage candidate (and its run) between two fresh persons. */
  newLinkageCandidate(): Promise<{ runId: string; candidateId: string }>;
  /** A confirmed match between two fresh persons; resolves to its id. */
  newPersonMatch(): Promise<string>;
  /** Resolves once no linkage run is in progress. */
  waitForLinkageRuns(): Promise<void>;
  /** A stored estimate; resolves to its id. */
  newEstimate(): Promise<string>;
}

/** One route's row of the matrix. */
export interface AccessEntry {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  /** The relations to try (default: `none`). */
  relations?: Relation[];
  expected(actor: ActorKind, relation: Relation): Expected;
  /** Builds the concrete request; records it needs are created fresh for every call. */
  request(fixture: AccessFixture, relation: Relation): Promise<{ url: string; body?: unknown }>;
  /** The call ends the caller's session (sign-out), so it gets a session of its own. */
  consumesSession?: boolean;
  /** Waits for work the call started in the background, before the next call is judged. */
  settle?(fixture: AccessFixture): Promise<void>;
}

/** Every actor kind but the anonymous one. */
export const SIGNED_IN: ActorKind[] = ['platform_administrator', 'administrator', 'case_worker', 'hotline_operator', 'investigator', 'analyst', 'partner_liaison'];

/** Allowed for everyone signed in. */
export const anySignedIn = (actor: ActorKind): Expected => (actor === 'anonymous' ? 401 : 'ok');

/** Allowed only to administrators of the platform operator; refused (403) to the rest. */
export const platformAdministratorsOnly = (actor: ActorKind): Expected => (actor === 'anonymous' ? 401 : actor === 'platform_administrator' ? 'ok' : 403);

/** Collections that administrators see within their reach; other roles get 403. */
export const administratorsCollection = (actor: ActorKind): Expected =>
  actor === 'anonymous' ? 401 : actor === 'platform_administrator' || actor === 'administrator' ? 'ok' : 403;

/**
 * Reading a case or its person: the roles that work on cases, when their organisation owns the
 * case (or it was transferred to it) or received it by referral; anyone else finds nothing.
 */
export const caseReader = (actor: ActorKind, relation: Relation): Expected => {
  if (actor === 'anonymous') return 401;
  const readsCases = actor === 'case_worker' || actor === 'investigator' || actor === 'partner_liaison';
  return readsCases && relation !== 'other' ? 'ok' : 404;
};

/**
 * Changing a case: case workers of the owning organisation. A case worker who only received it
 * by referral is told no (403: they know it exists); everyone else finds nothing.
 */
export const caseOwnerWorker = (actor: ActorKind, relation: Relation): Expected => {
  if (actor === 'anonymous') return 401;
  if (actor !== 'case_worker' || relation === 'other') return 404;
  return relation === 'referred' ? 403 : 'ok';
};

/** Collections of case work (lists, new persons), by role; no record involved. */
export const caseWorkRoles = (roles: ActorKind[]) => (actor: ActorKind): Expected => (actor === 'anonymous' ? 401 : roles.includes(actor) ? 'ok' : 403);

/**
 * Records administrators reach in their own organisation (the platform operator's reach all);
 * any other actor, or another organisation's record, is "not found".
 */
export const administeredRecord = (actor: ActorKind, relation: Relation): Expected => {
  if (actor === 'anonymous') return 401;
  if (actor === 'platform_administrator') return 'ok';
  if (actor === 'administrator' && relation === 'own') return 'ok';
  return 404;
};

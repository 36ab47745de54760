import { ageGroupOf, minutesLeft, type ReportDetail, type ReportStatus, type ReportSummary } from '@ctip/contracts';
import type { ReportAccess } from '../../policy/intake-scope';
import type { ReportPersonRecord, ReportSummaryRow, ReporterRecord } from './intake.repository';

type OrganisationRef = { id: string; nameEn: string; nameKm: string | null };
type UserRef = { id: string; displayName: string };

/** Names the presenters look up: organisations, users and sites by id. */
export interface ReportReferences {
  organisations: Map<string, OrganisationRef>;
  users: Map<string, UserRef>;
  sites: Map<string, { id: string; name: string; kind: string }>;
}

const unknownOrganisation = (id: string): OrganisationRef => ({ id, nameEn: '', nameKm: null });
const unknownUser = (id: string): UserRef => ({ id, displayName: '' });

/** A report as lists and the queue show it: no reporter, no names, no narrative. */
export function presentReportSummary(row: ReportSummaryRow, references: ReportReferences, relation: 'owner' | 'shared', now: Date): ReportSummary {
  const left = minutesLeft(row.due_at, row.status as ReportStatus, now);
  const site = row.site_id ? references.sites.get(row.site_id) : undefined;
  return {
    id: row.id,
    reference: row.reference,
    channel: row.channel as ReportSummary['channel'],
    receivedAt: row.received_at,
    urgency: row.urgency as ReportSummary['urgency'],
    status: row.status as ReportSummary['status'],
    closureReason: row.closure_reason as ReportSummary['closureReason'],
    dueAt: row.due_at,
    minutesLeft: left,
    overdue: left !== null && left < 0,
    site: site ? { id: site.id, name: site.name, kind: site.kind as NonNullable<ReportSummary['site']>['kind'] } : null,
    provinceCode: row.province_code,
    peopleCount: row.people_count,
    nationalities: JSON.parse(row.people_nationalities) as string[],
    allegationTypes: JSON.parse(row.allegation_types) as ReportSummary['allegationTypes'],
    assignedUser: row.assigned_user_id ? (references.users.get(row.assigned_user_id) ?? unknownUser(row.assigned_user_id)) : null,
    assignedOrganisation: row.assigned_organisation_id ? (references.organisations.get(row.assigned_organisation_id) ?? unknownOrganisation(row.assigned_organisation_id)) : null,
    ownerOrganisation: references.organisations.get(row.owner_organisation_id) ?? unknownOrganisation(row.owner_organisation_id),
    access: relation === 'owner' ? 'owner' : 'referred',
    isDemo: row.is_demo === 1,
  };
}

/** Everything a report's page shows, decrypted and loaded. */
export interface ReportDetailFacts {
  row: ReportSummaryRow & { recorded_by: string; created_at: string; updated_at: string };
  access: ReportAccess;
  actorOrganisationId: string;
  reporter: ReporterRecord;
  placeDetail: string | null;
  narrative: string;
  people: ReportPersonRecord[];
  history: Array<{ id: string; from_status: string | null; to_status: string; reason: string; closure_reason: string | null; assigned_user_id: string | null; assigned_organisation_id: string | null; moved_by: string; moved_at: string }>;
  links: Array<{ otherId: string; reference: string | null; reason: string; linked_by: string; linked_at: string }>;
  shares: Array<{ organisation_id: string; kind: string; note: string | null; shared_by: string; shared_at: string }>;
  operations: Array<{ id: string; kind: string; occurred_on: string }>;
}

/**
 * A report's page. The reporter's contact is withheld from everyone but the recording
 * organisation when the reporter asked not to be called back; a referral's note is shown to the
 * two organisations it concerns; links to reports the caller cannot see are only counted.
 */
export function presentReportDetail(facts: ReportDetailFacts, references: ReportReferences, now: Date): ReportDetail {
  const { row, access, reporter } = facts;
  const relation = access.relation === 'owner' ? 'owner' : 'shared';
  const withheld = reporter.doNotCallBack && relation !== 'owner' && reporter.contact !== null;
  const order = ['new', 'triaged', 'assigned', 'actioned', 'closed'];
  return {
    ...presentReportSummary(row, references, relation, now),
    reporter: {
      anonymous: reporter.anonymous,
      name: reporter.name,
      contact: withheld || !reporter.contact ? null : { kind: reporter.contact.kind as 'phone', value: reporter.contact.value },
      contactWithheld: withheld,
      relationship: reporter.relationship as ReportDetail['reporter']['relationship'],
      doNotCallBack: reporter.doNotCallBack,
    },
    people: facts.people.map((person) => ({
      id: person.id,
      names: person.names as ReportDetail['people'][number]['names'],
      nationality: person.nationality,
      age: person.age,
      ageGroup: ageGroupOf(person.age),
      sex: person.sex as ReportDetail['people'][number]['sex'],
      contacts: person.contacts as ReportDetail['people'][number]['contacts'],
      details: person.details,
    })),
    placeDetail: facts.placeDetail,
    allegation: { narrative: facts.narrative, types: JSON.parse(row.allegation_types) as ReportDetail['allegation']['types'] },
    recordedBy: references.users.get(row.recorded_by) ?? unknownUser(row.recorded_by),
    statusHistory: facts.history.map((move) => ({
      id: move.id,
      from: move.from_status as ReportDetail['statusHistory'][number]['from'],
      to: move.to_status as ReportDetail['statusHistory'][number]['to'],
      backward: move.from_status !== null && order.indexOf(move.to_status) < order.indexOf(move.from_status),
      reason: move.reason,
      closureReason: move.closure_reason as ReportDetail['statusHistory'][number]['closureReason'],
      assignedUser: move.assigned_user_id ? (references.users.get(move.assigned_user_id) ?? unknownUser(move.assigned_user_id)) : null,
      assignedOrganisation: move.assigned_organisation_id ? (references.organisations.get(move.assigned_organisation_id) ?? unknownOrganisation(move.assigned_organisation_id)) : null,
      by: references.users.get(move.moved_by) ?? unknownUser(move.moved_by),
      at: move.moved_at,
    })),
    links: facts.links
      .filter((link) => link.reference !== null)
      .map((link) => ({ reportId: link.otherId, reference: link.reference!, reason: link.reason as ReportDetail['links'][number]['reason'], linkedAt: link.linked_at, linkedBy: references.users.get(link.linked_by) ?? unknownUser(link.linked_by) })),
    hiddenLinks: facts.links.filter((link) => link.reference === null).length,
    sharedWith: facts.shares.map((share) => ({
      organisation: references.organisations.get(share.organisation_id) ?? unknownOrganisation(share.organisation_id),
      kind: share.kind as 'referral' | 'assignment',
      note: relation === 'owner' || share.organisation_id === facts.actorOrganisationId ? share.note : null,
      at: share.shared_at,
      by: references.users.get(share.shared_by) ?? unknownUser(share.shared_by),
    })),
    operations: facts.operations.map((operation) => ({ id: operation.id, kind: operation.kind as ReportDetail['operations'][number]['kind'], occurredOn: operation.occurred_on })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

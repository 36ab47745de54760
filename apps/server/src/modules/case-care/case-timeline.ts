import { TIMELINE_ITEM_KINDS, type CaseSection, type TimelineItem, type TimelineItemKind } from '@ctip/contracts';
import type { TimelineSources } from './timeline.repository';

const EXTENSION_OF_MEDIA_TYPE: Record<string, string> = { 'application/pdf': 'pdf', 'image/png': 'png', 'image/jpeg': 'jpeg', 'image/webp': 'webp' };

interface Draft {
  kind: TimelineItemKind;
  when: string;
  recordedAt: string | null;
  by: string | null;
  label: string;
  section: CaseSection | null;
  recordId: string;
}

/** The sections' events of a case, unsorted and unfiltered (every id a user id, to be named). */
function draftsOf(sources: TimelineSources): Draft[] {
  const drafts: Draft[] = [];
  const { opened } = sources;
  drafts.push({ kind: 'case_opened', when: opened.opened_on, recordedAt: opened.created_at, by: opened.created_by, label: 'case.opened', section: null, recordId: opened.id });
  for (const move of sources.moves) {
    // The first line of the history is the opening itself.
    if (move.from_stage === null) continue;
    drafts.push({ kind: 'stage_moved', when: move.moved_at, recordedAt: move.moved_at, by: move.moved_by, label: move.closure_reason ? `stage.${move.to_stage}.${move.closure_reason}` : `stage.${move.to_stage}`, section: null, recordId: move.id });
  }
  for (const consent of sources.consents) {
    drafts.push({ kind: 'consent_given', when: consent.given_on, recordedAt: consent.created_at, by: consent.recorded_by, label: `consent.${consent.kind}`, section: 'consents', recordId: consent.id });
    if (consent.withdrawn_on) drafts.push({ kind: 'consent_withdrawn', when: consent.withdrawn_on, recordedAt: null, by: consent.withdrawn_by, label: `consent.${consent.kind}`, section: 'consents', recordId: consent.id });
  }
  for (const referral of sources.referrals) {
    const subject = referral.kind === 'transfer' ? 'transfer' : `referral.${referral.service ?? 'other'}`;
    drafts.push({ kind: 'referral_sent', when: referral.created_at, recordedAt: referral.created_at, by: referral.created_by, label: subject, section: null, recordId: referral.id });
    if (referral.responded_at) {
      // Only an accepted request can end up completed; one that was answered and not declined was accepted.
      const answer = referral.status === 'declined' ? 'declined' : 'accepted';
      drafts.push({ kind: 'referral_answered', when: referral.responded_at, recordedAt: referral.responded_at, by: referral.responded_by, label: `${subject}.${answer}`, section: null, recordId: referral.id });
    }
    // An accepted transfer ends as it is accepted: its answer says all.
    if (referral.ended_at && referral.kind !== 'transfer') drafts.push({ kind: 'referral_ended', when: referral.ended_at, recordedAt: referral.ended_at, by: null, label: `${subject}.${referral.status}`, section: null, recordId: referral.id });
  }
  for (const entry of sources.entries) {
    drafts.push({ kind: 'entry_recorded', when: entry.occurred_on, recordedAt: entry.created_at, by: entry.created_by, label: `entry.${entry.kind}`, section: entry.section as CaseSection, recordId: entry.id });
  }
  for (const stay of sources.stays) {
    drafts.push({ kind: 'shelter_admitted', when: stay.admitted_on, recordedAt: stay.created_at, by: stay.created_by, label: 'shelter.admitted', section: 'shelter', recordId: stay.id });
    if (stay.left_on) drafts.push({ kind: 'shelter_left', when: stay.left_on, recordedAt: null, by: null, label: `shelter.left.${stay.leaving_reason ?? 'other'}`, section: 'shelter', recordId: stay.id });
  }
  for (const visit of sources.visits) {
    drafts.push({ kind: 'follow_up_done', when: visit.completed_on!, recordedAt: null, by: visit.completed_by, label: `follow_up.${visit.outcome ?? 'done'}`, section: 'follow_up', recordId: visit.id });
  }
  for (const note of sources.notes) drafts.push({ kind: 'note_added', when: note.created_at, recordedAt: note.created_at, by: note.author_id, label: 'note', section: 'notes', recordId: note.id });
  for (const attachment of sources.attachments) {
    drafts.push({ kind: 'attachment_added', when: attachment.created_at, recordedAt: attachment.created_at, by: attachment.uploaded_by, label: `attachment.${EXTENSION_OF_MEDIA_TYPE[attachment.media_type] ?? 'file'}`, section: 'attachments', recordId: attachment.id });
  }
  return drafts;
}

/** The user ids a timeline names. */
export function timelineUserIds(sources: TimelineSources): string[] {
  return draftsOf(sources).flatMap((draft) => (draft.by ? [draft.by] : []));
}

/** Sorts after every instant of a day (by code point): what has only a date is placed at the end of it. */
const END_OF_DAY = '~';

/** Code-point order (ISO dates and instants sort as text; a locale's collation would not put '~' last). */
function compareText(first: string, second: string): number {
  return first < second ? -1 : first > second ? 1 : 0;
}

/**
 * A case's timeline: every event of the sections the caller sees, in time order. Events dated
 * by people (a consent given on a day) and events stamped by the system (a note added at an
 * instant) are ordered by day, then by when they were recorded; an event with a date only
 * (a visit made, a stay ended) comes last in its day.
 */
export function assembleTimeline(sources: TimelineSources, sections: readonly CaseSection[], names: ReadonlyMap<string, string>): TimelineItem[] {
  return draftsOf(sources)
    .filter((draft) => draft.section === null || sections.includes(draft.section))
    .sort((first, second) =>
      compareText(first.when.slice(0, 10), second.when.slice(0, 10))
      || compareText(first.recordedAt ?? END_OF_DAY, second.recordedAt ?? END_OF_DAY)
      || TIMELINE_ITEM_KINDS.indexOf(first.kind) - TIMELINE_ITEM_KINDS.indexOf(second.kind)
      || compareText(first.recordId, second.recordId))
    .map((draft) => ({ ...draft, by: draft.by ? { id: draft.by, displayName: names.get(draft.by) ?? '' } : null }));
}

import type { TimelineItem } from '@ctip/contracts';

/**
 * What a timeline line says, as a translation key and the translation keys of its terms: the
 * server sends codes (`stage.closed.reintegrated`, `referral.legal_aid.accepted`), never content,
 * and the reader's language words them.
 */
export interface TimelineMessage {
  key: string;
  terms: Record<string, string>;
}

const vocab = (group: string, code: string) => `cases:vocab.${group}.${code}`;

/** The message of one timeline item (a generic one for a label this version does not know). */
export function timelineMessageOf(item: Pick<TimelineItem, 'kind' | 'label'>): TimelineMessage {
  const parts = item.label.split('.');
  const [head, second, third] = parts;
  switch (item.kind) {
    case 'case_opened':
      return { key: 'cases:timeline.caseOpened', terms: {} };
    case 'stage_moved':
      if (head === 'stage' && second && third) return { key: 'cases:timeline.closedBecause', terms: { stage: vocab('stage', second), reason: vocab('closureReason', third) } };
      if (head === 'stage' && second) return { key: 'cases:timeline.stageMoved', terms: { stage: vocab('stage', second) } };
      break;
    case 'consent_given':
    case 'consent_withdrawn':
      if (head === 'consent' && second) return { key: `cases:timeline.${item.kind === 'consent_given' ? 'consentGiven' : 'consentWithdrawn'}`, terms: { consent: vocab('consentKind', second) } };
      break;
    case 'referral_sent':
    case 'referral_answered':
    case 'referral_ended': {
      const isTransfer = head === 'transfer';
      const service = isTransfer || second === 'other' ? null : (second ?? null);
      const status = isTransfer ? second : third;
      const terms: Record<string, string> = service ? { service: vocab('service', service) } : {};
      const subject = isTransfer ? 'transfer' : service ? 'referral' : 'referralOther';
      if (item.kind === 'referral_sent') return { key: `cases:timeline.${subject}Sent`, terms };
      if (status) return { key: `cases:timeline.${subject}Status`, terms: { ...terms, status: vocab('referralStatus', status) } };
      break;
    }
    case 'entry_recorded':
      if (head === 'entry' && second) return { key: 'cases:timeline.entryRecorded', terms: { entry: `cases:entryKinds.${second}` } };
      break;
    case 'shelter_admitted':
      return { key: 'cases:timeline.shelterAdmitted', terms: {} };
    case 'shelter_left':
      if (third) return { key: 'cases:timeline.shelterLeft', terms: { reason: vocab('shelterLeavingReason', third) } };
      break;
    case 'follow_up_done':
      if (second && second !== 'done') return { key: 'cases:timeline.followUpDone', terms: { outcome: vocab('followUpOutcome', second) } };
      return { key: 'cases:timeline.followUpDoneNoOutcome', terms: {} };
    case 'note_added':
      return { key: 'cases:timeline.noteAdded', terms: {} };
    case 'attachment_added':
      return { key: 'cases:timeline.attachmentAdded', terms: { type: `cases:timeline.fileTypes.${second ?? 'file'}` } };
  }
  return { key: `cases:timeline.kinds.${item.kind}`, terms: {} };
}

import { z } from 'zod';
import {
  caseAttachmentSchema,
  caseEntrySchema,
  caseNoteSchema,
  followUpSchema,
  overdueFollowUpSchema,
  pageOf,
  shelterSchema,
  shelterStaySchema,
  type CaseEntryKind,
  type caseEntryInputSchema,
  type completeFollowUpInputSchema,
  type leaveShelterInputSchema,
  type shelterStayInputSchema,
} from '@ctip/contracts';
import { apiRequest } from '../../lib/api';

const casePath = (id: string) => `/api/cases/${encodeURIComponent(id)}`;
const itemsOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/** Entries of a case (in the sections the user sees), optionally of one kind. @throws ApiError */
export function listEntries(caseId: string, kind: CaseEntryKind | null, signal?: AbortSignal) {
  return apiRequest('GET', `${casePath(caseId)}/entries`, { query: { kind }, schema: itemsOf(caseEntrySchema), signal });
}

/** Records an entry. @throws ApiError validation_failed */
export function recordEntry(caseId: string, body: z.input<typeof caseEntryInputSchema>) {
  return apiRequest('POST', `${casePath(caseId)}/entries`, { body, schema: caseEntrySchema });
}

/** Replaces an entry's date and content. @throws ApiError validation_failed */
export function replaceEntry(caseId: string, entryId: string, body: z.input<typeof caseEntryInputSchema>) {
  return apiRequest('PUT', `${casePath(caseId)}/entries/${encodeURIComponent(entryId)}`, { body, schema: caseEntrySchema });
}

/** Follow-up visits of a case, due and done. @throws ApiError */
export function listFollowUps(caseId: string, signal?: AbortSignal) {
  return apiRequest('GET', `${casePath(caseId)}/follow-ups`, { schema: itemsOf(followUpSchema), signal });
}

/** Schedules an extra visit. @throws ApiError validation_failed */
export function addFollowUp(caseId: string, dueOn: string) {
  return apiRequest('POST', `${casePath(caseId)}/follow-ups`, { body: { dueOn }, schema: z.object({ id: z.string() }) });
}

/** Records a visit as made. @throws ApiError validation_failed, conflict */
export function completeFollowUp(caseId: string, followUpId: string, body: z.input<typeof completeFollowUpInputSchema>) {
  return apiRequest('POST', `${casePath(caseId)}/follow-ups/${encodeURIComponent(followUpId)}/complete`, { body, schema: z.object({ nextFollowUpDue: z.string().nullable() }) });
}

/** Overdue visits of the cases the user may see, oldest first. @throws ApiError */
export function listOverdueFollowUps(assignedToMe: boolean, signal?: AbortSignal) {
  return apiRequest('GET', '/api/follow-ups/overdue', { query: { assignedToMe: assignedToMe ? 'true' : null }, schema: itemsOf(overdueFollowUpSchema), signal });
}

/** Notes of a case, newest first. @throws ApiError */
export function listNotes(caseId: string, signal?: AbortSignal) {
  return apiRequest('GET', `${casePath(caseId)}/notes`, { schema: itemsOf(caseNoteSchema), signal });
}

/** Adds a note. @throws ApiError validation_failed */
export function addNote(caseId: string, body: string) {
  return apiRequest('POST', `${casePath(caseId)}/notes`, { body: { body }, schema: caseNoteSchema });
}

/** Attachments of a case. @throws ApiError */
export function listAttachments(caseId: string, signal?: AbortSignal) {
  return apiRequest('GET', `${casePath(caseId)}/attachments`, { schema: itemsOf(caseAttachmentSchema), signal });
}

/** Uploads an attachment (checked by content on the server). @throws ApiError payload_too_large, unsupported_media_type */
export function uploadAttachment(caseId: string, file: File) {
  const body = new FormData();
  body.append('file', file, file.name);
  return apiRequest('POST', `${casePath(caseId)}/attachments`, { body, schema: caseAttachmentSchema });
}

/** The address to download an attachment from (the same origin; every download is audited). */
export function attachmentContentUrl(caseId: string, attachmentId: string): string {
  return `${casePath(caseId)}/attachments/${encodeURIComponent(attachmentId)}/content`;
}

/** Stays of a case's person in shelters. @throws ApiError */
export function listShelterStays(caseId: string, signal?: AbortSignal) {
  return apiRequest('GET', `${casePath(caseId)}/shelter-stays`, { schema: itemsOf(shelterStaySchema), signal });
}

/** Admits the person to a shelter. @throws ApiError validation_failed (full, not accepted) */
export function admitToShelter(caseId: string, body: z.input<typeof shelterStayInputSchema>) {
  return apiRequest('POST', `${casePath(caseId)}/shelter-stays`, { body, schema: shelterStaySchema });
}

/** Records that the person left a shelter. @throws ApiError validation_failed */
export function leaveShelter(caseId: string, stayId: string, body: z.input<typeof leaveShelterInputSchema>) {
  return apiRequest('POST', `${casePath(caseId)}/shelter-stays/${encodeURIComponent(stayId)}/leave`, { body, schema: shelterStaySchema });
}

/** Open shelters, optionally only those with a free place. @throws ApiError */
export function listShelters(query: { page: number; pageSize: number; hasSpace?: boolean; province?: string | null }, signal?: AbortSignal) {
  return apiRequest('GET', '/api/shelters', { query: { ...query, hasSpace: query.hasSpace ? 'true' : null }, schema: pageOf(shelterSchema), signal });
}

import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { caseEntryInputSchema, CaseEntryKind, completeFollowUpInputSchema, leaveShelterInputSchema, shelterStayInputSchema } from '@ctip/contracts';
import {
  addFollowUp,
  addNote,
  admitToShelter,
  completeFollowUp,
  leaveShelter,
  listAttachments,
  listEntries,
  listFollowUps,
  listNotes,
  listShelters,
  listShelterStays,
  recordEntry,
  replaceEntry,
  uploadAttachment,
} from '../care-api';
import { caseKeys, useCaseMutation } from './use-case-queries';

/** Entries of a case of one kind (or all). */
export function useEntries(caseId: string, kind: CaseEntryKind | null, isEnabled = true) {
  return useQuery({ queryKey: caseKeys.part(caseId, 'entries', kind), queryFn: ({ signal }) => listEntries(caseId, kind, signal), enabled: isEnabled });
}

/** Follow-up visits of a case. */
export function useFollowUps(caseId: string, isEnabled = true) {
  return useQuery({ queryKey: caseKeys.part(caseId, 'follow-ups'), queryFn: ({ signal }) => listFollowUps(caseId, signal), enabled: isEnabled });
}

/** Notes of a case. */
export function useNotes(caseId: string, isEnabled = true) {
  return useQuery({ queryKey: caseKeys.part(caseId, 'notes'), queryFn: ({ signal }) => listNotes(caseId, signal), enabled: isEnabled });
}

/** Attachments of a case. */
export function useAttachments(caseId: string, isEnabled = true) {
  return useQuery({ queryKey: caseKeys.part(caseId, 'attachments'), queryFn: ({ signal }) => listAttachments(caseId, signal), enabled: isEnabled });
}

/** Shelter stays of a case. */
export function useShelterStays(caseId: string, isEnabled = true) {
  return useQuery({ queryKey: caseKeys.part(caseId, 'shelter-stays'), queryFn: ({ signal }) => listShelterStays(caseId, signal), enabled: isEnabled });
}

/** Open shelters with a free place, to admit someone. */
export function useSheltersWithSpace(isEnabled: boolean) {
  return useQuery({ queryKey: ['shelters', 'with-space'], queryFn: ({ signal }) => listShelters({ page: 1, pageSize: 100, hasSpace: true }, signal), enabled: isEnabled });
}

/** Records an entry. */
export const useRecordEntry = (caseId: string) => useCaseMutation(caseId, (body: z.input<typeof caseEntryInputSchema>) => recordEntry(caseId, body));

/** Replaces an entry. */
export const useReplaceEntry = (caseId: string) =>
  useCaseMutation(caseId, ({ entryId, body }: { entryId: string; body: z.input<typeof caseEntryInputSchema> }) => replaceEntry(caseId, entryId, body));

/** Schedules an extra visit. */
export const useAddFollowUp = (caseId: string) => useCaseMutation(caseId, (dueOn: string) => addFollowUp(caseId, dueOn));

/** Records a visit as made. */
export const useCompleteFollowUp = (caseId: string) =>
  useCaseMutation(caseId, ({ followUpId, body }: { followUpId: string; body: z.input<typeof completeFollowUpInputSchema> }) => completeFollowUp(caseId, followUpId, body));

/** Adds a note. */
export const useAddNote = (caseId: string) => useCaseMutation(caseId, (body: string) => addNote(caseId, body));

/** Uploads an attachment. */
export const useUploadAttachment = (caseId: string) => useCaseMutation(caseId, (file: File) => uploadAttachment(caseId, file));

/** Admits the person to a shelter. */
export const useAdmitToShelter = (caseId: string) => useCaseMutation(caseId, (body: z.input<typeof shelterStayInputSchema>) => admitToShelter(caseId, body));

/** Records that the person left a shelter. */
export const useLeaveShelter = (caseId: string) =>
  useCaseMutation(caseId, ({ stayId, body }: { stayId: string; body: z.input<typeof leaveShelterInputSchema> }) => leaveShelter(caseId, stayId, body));

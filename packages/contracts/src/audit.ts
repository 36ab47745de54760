import { z } from 'zod';

/** An audit event as administrators browse it: ids and field names, never record content. */
export const auditEventSchema = z.object({
  seq: z.number().int(),
  id: z.string(),
  occurredAt: z.string(),
  action: z.string(),
  outcome: z.enum(['success', 'failure', 'denied']),
  actorUserId: z.string().nullable(),
  actorEmail: z.string().nullable(),
  actorOrganisationId: z.string().nullable(),
  resourceType: z.string().nullable(),
  resourceId: z.string().nullable(),
  changedFields: z.array(z.string()),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
});

/** An audit event. */
export type AuditEvent = z.infer<typeof auditEventSchema>;

/** Result of verifying the audit chain. */
export const auditVerificationSchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBrokenSeq: z.number().int().nullable(),
  reason: z.string().nullable(),
});

/** Audit chain verification result. */
export type AuditVerification = z.infer<typeof auditVerificationSchema>;

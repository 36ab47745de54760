import { sql } from 'kysely';
import type { Executor } from '../../services';

/** Filters of the audit browser. */
export interface AuditFilters {
  action?: string | undefined;
  actorUserId?: string | undefined;
  resourceType?: string | undefined;
  resourceId?: string | undefined;
  outcome?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** Only events by members of this organisation (administrators who are not the platform operator). */
  scopeOrganisationId?: string | undefined;
}

/** A page of events, newest first. */
export async function listAuditEvents(db: Executor, filters: AuditFilters, page: { page: number; pageSize: number }) {
  let query = db.selectFrom('audit_events').leftJoin('users', 'users.id', 'audit_events.actor_user_id');
  if (filters.scopeOrganisationId) query = query.where('audit_events.actor_organisation_id', '=', filters.scopeOrganisationId);
  if (filters.action) {
    const action = filters.action;
    query = action.endsWith('*')
      ? query.where('audit_events.action', 'like', `${action.slice(0, -1).replace(/[\\%_]/g, (c) => `\\${c}`)}%`)
      : query.where('audit_events.action', '=', action);
  }
  if (filters.actorUserId) query = query.where('audit_events.actor_user_id', '=', filters.actorUserId);
  if (filters.resourceType) query = query.where('audit_events.resource_type', '=', filters.resourceType);
  if (filters.resourceId) query = query.where('audit_events.resource_id', '=', filters.resourceId);
  if (filters.outcome) query = query.where('audit_events.outcome', '=', filters.outcome);
  if (filters.from) query = query.where('audit_events.occurred_at', '>=', filters.from);
  if (filters.to) query = query.where('audit_events.occurred_at', '<', filters.to);
  const { total } = await query.select(sql<number>`count(*)`.as('total')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll('audit_events')
    .select('users.email as actor_email')
    .orderBy('audit_events.seq', 'desc')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return { rows, total: Number(total) };
}

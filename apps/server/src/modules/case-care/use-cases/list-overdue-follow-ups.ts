import type { OverdueFollowUp } from '@ctip/contracts';
import type { Actor } from '../../../policy/actor';
import { caseAccess } from '../../../policy/case-access';
import type { Services } from '../../../services';
import { todayOf } from '../../../validation/dates';
import { loadCaseAccessFacts, visibleTo } from '../../cases/cases.repository';
import { listOverdueFollowUpRows } from '../case-care.repository';
import { presentOverdueFollowUp } from '../case-care.presenter';

/**
 * Overdue visits of the cases the actor may see — the same visibility rule as the case list
 * (owner or active grant, restrictions honoured), then narrowed to cases whose follow-up section
 * the actor's access includes — oldest first. Shows case numbers, never names.
 */
export async function listOverdueFollowUps(services: Services, actor: Actor, options: { assignedToMe: boolean }): Promise<OverdueFollowUp[]> {
  const today = todayOf(services.now());
  const visible = visibleTo(services.db.selectFrom('cases'), actor).select('cases.id');
  const rows = await listOverdueFollowUpRows(services.db, visible, today, options.assignedToMe ? actor.userId : null);
  const facts = await loadCaseAccessFacts(services.db, rows.map((row) => row.case_id));
  return rows
    .filter((row) => {
      const fact = facts.get(row.case_id);
      return fact !== undefined && caseAccess(actor, fact).sections.includes('follow_up');
    })
    .map((row) => presentOverdueFollowUp(row, today));
}

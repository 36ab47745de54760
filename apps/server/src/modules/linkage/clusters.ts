import type { Executor } from '../../services';
import { activeMatchesOf } from './linkage.repository';

/**
 * The connected component of a person over the confirmed matches that stand (breadth first,
 * a query per layer: components are small — a handful of records of one human being).
 */
export async function componentOf(db: Executor, personId: string): Promise<string[]> {
  const seen = new Set([personId]);
  let frontier = [personId];
  while (frontier.length > 0) {
    const edges = await activeMatchesOf(db, frontier);
    const next: string[] = [];
    for (const edge of edges) {
      for (const id of [edge.person_a, edge.person_b]) {
        if (!seen.has(id)) {
          seen.add(id);
          next.push(id);
        }
      }
    }
    frontier = next;
  }
  return [...seen].sort();
}

/** Sets the cluster of every person in the components of these persons (its smallest id). */
export async function refreshClusters(db: Executor, personIds: readonly string[]): Promise<void> {
  const done = new Set<string>();
  for (const personId of personIds) {
    if (done.has(personId)) continue;
    const component = await componentOf(db, personId);
    for (const id of component) done.add(id);
    await db.updateTable('persons').set({ cluster_id: component[0]! }).where('id', 'in', component).execute();
  }
}

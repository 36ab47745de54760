import { DeleteQueryNode, InsertQueryNode, TableNode, UpdateQueryNode, type KyselyPlugin, type OperationNode, type PluginTransformQueryArgs, type PluginTransformResultArgs, type QueryResult, type RootOperationNode, type UnknownRow } from 'kysely';

function tableOf(node: OperationNode | undefined): string | null {
  if (!node) return null;
  if (TableNode.is(node)) return node.table.identifier.name;
  const nested = (node as { table?: OperationNode; from?: { froms: readonly OperationNode[] } }).table ?? (node as { from?: { froms: readonly OperationNode[] } }).from?.froms[0];
  return nested ? tableOf(nested) : null;
}

/**
 * Records every write the application attempts (inserts, updates, deletes, by table), so a test
 * can prove a refused request tried to change nothing — cheaper and stricter than comparing the
 * whole database before and after. Raw SQL (migrations, dialect helpers) is not seen.
 */
export class WriteRecorder implements KyselyPlugin {
  private writes: string[] = [];

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    const node = args.node;
    if (InsertQueryNode.is(node)) this.writes.push(tableOf(node.into) ?? '?');
    else if (UpdateQueryNode.is(node)) this.writes.push(tableOf(node.table) ?? '?');
    else if (DeleteQueryNode.is(node)) this.writes.push(tableOf(node.from.froms[0]) ?? '?');
    return node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }

  /** Forgets what was recorded so far. */
  reset(): void {
    this.writes = [];
  }

  /** Tables written since the last reset. */
  tablesWritten(): string[] {
    return [...new Set(this.writes)].sort();
  }
}

import { firstSharedKey, sharesKey, type BlockIndex } from './block-index';

/**
 * A slice of one rule's pairs: keys [keyFrom, keyTo), or, for a single key too large for one
 * task, the pairs whose first record is at positions [outerFrom, outerTo) of that key
 * (outerFrom = -1 means the whole keys).
 */
export interface PairTask {
  rule: number;
  keyFrom: number;
  keyTo: number;
  outerFrom: number;
  outerTo: number;
  pairs: number;
}

/**
 * Splits a rule's pairs into tasks of about `targetPairs` each, so that workers share the load and
 * each task's results stay small. Large keys are split by the position of the pair's first record.
 */
export function planPairTasks(index: BlockIndex, rule: number, isLink: boolean, targetPairs: number): PairTask[] {
  const tasks: PairTask[] = [];
  let keyFrom = 0;
  let pending = 0;
  for (let key = 0; key < index.keyCount; key++) {
    const size = index.keyStart[key + 1]! - index.keyStart[key]!;
    const left = index.leftInKey[key]!;
    const pairs = isLink ? left * (size - left) : (size * (size - 1)) / 2;
    if (pairs > targetPairs) {
      if (pending > 0) tasks.push({ rule, keyFrom, keyTo: key, outerFrom: -1, outerTo: -1, pairs: pending });
      const outerCount = isLink ? left : size - 1;
      let outerFrom = 0;
      let sliced = 0;
      for (let outer = 0; outer < outerCount; outer++) {
        sliced += isLink ? size - left : size - 1 - outer;
        if (sliced >= targetPairs || outer === outerCount - 1) {
          tasks.push({ rule, keyFrom: key, keyTo: key + 1, outerFrom, outerTo: outer + 1, pairs: sliced });
          outerFrom = outer + 1;
          sliced = 0;
        }
      }
      keyFrom = key + 1;
      pending = 0;
      continue;
    }
    pending += pairs;
    if (pending >= targetPairs) {
      tasks.push({ rule, keyFrom, keyTo: key + 1, outerFrom: -1, outerTo: -1, pairs: pending });
      keyFrom = key + 1;
      pending = 0;
    }
  }
  if (pending > 0) tasks.push({ rule, keyFrom, keyTo: index.keyCount, outerFrom: -1, outerTo: -1, pairs: pending });
  return tasks;
}

/**
 * Calls `visit(a, b)` for every pair of a task, a < b (for a link, a is the left record), each
 * pair once: a pair is skipped when it shares a smaller key of the same rule or, with
 * `earlierRules`, when one of those rules already generates it. This is how a union of blocking
 * rules scores every pair exactly once without a set of all pairs in memory. Returns the number of
 * pairs visited.
 */
export function forEachTaskPair(
  indexes: readonly BlockIndex[], task: PairTask, isLink: boolean, earlierRules: number,
  visit: (a: number, b: number) => void,
): number {
  const index = indexes[task.rule]!;
  const { keyStart, members, leftInKey, recordKeyStart } = index;
  let visited = 0;
  for (let key = task.keyFrom; key < task.keyTo; key++) {
    const start = keyStart[key]!;
    const end = keyStart[key + 1]!;
    const outerEnd = isLink ? start + leftInKey[key]! : end - 1;
    const outerFrom = task.outerFrom >= 0 ? start + task.outerFrom : start;
    const outerTo = task.outerFrom >= 0 ? start + task.outerTo : outerEnd;
    for (let x = outerFrom; x < outerTo; x++) {
      const a = members[x]!;
      const isMultiKeyA = recordKeyStart[a + 1]! - recordKeyStart[a]! > 1;
      const innerFrom = isLink ? start + leftInKey[key]! : x + 1;
      for (let y = innerFrom; y < end; y++) {
        const b = members[y]!;
        if (isMultiKeyA && recordKeyStart[b + 1]! - recordKeyStart[b]! > 1 && firstSharedKey(index, a, b) !== key) continue;
        let isCovered = false;
        for (let earlier = 0; earlier < earlierRules; earlier++) {
          if (sharesKey(indexes[earlier]!, a, b)) {
            isCovered = true;
            break;
          }
        }
        if (isCovered) continue;
        visit(a, b);
        visited++;
      }
    }
  }
  return visited;
}

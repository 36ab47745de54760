import { parentPort } from 'node:worker_threads';
import { buildTextColumn } from '../encode/build-columns';
import type { Normaliser } from '../model/comparison-kinds';
import { JobContext, type JobContextData, type JobTask } from './job-context';
import { transferables } from './task-runner';

type Message =
  | { type: 'encode'; id: number; values: unknown[]; normaliser: Normaliser }
  | { type: 'init'; data: JobContextData }
  | { type: 'update'; patch: Partial<JobContextData> }
  | { type: 'task'; id: number; task: JobTask };

// One worker thread: receives the shared data, builds its JobContext and runs tasks as they arrive.
let context: JobContext | undefined;
const port = parentPort!;
port.on('message', (message: Message) => {
  if (message.type === 'encode') {
    // A slice of a text column, encoded before the job's data exist (no context needed).
    try {
      const { column, dictionary } = buildTextColumn(message.values, message.normaliser);
      port.postMessage({ type: 'encoded', id: message.id, column, strings: dictionary.strings });
    } catch (error) {
      port.postMessage({ type: 'error', id: message.id, message: error instanceof Error ? error.message : String(error) });
    }
    return;
  }
  if (message.type === 'init') {
    context = new JobContext(message.data);
    port.postMessage({ type: 'ready' });
    return;
  }
  if (message.type === 'update') {
    context?.update(message.patch);
    port.postMessage({ type: 'ready' });
    return;
  }
  try {
    if (!context) throw new Error('The worker has no data yet');
    const result = context.run(message.task);
    port.postMessage({ type: 'result', id: message.id, result }, transferables(result));
  } catch (error) {
    port.postMessage({ type: 'error', id: message.id, message: error instanceof Error ? error.message : String(error) });
  }
});
port.postMessage({ type: 'ready' });

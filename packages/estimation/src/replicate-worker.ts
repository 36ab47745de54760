// Worker-thread side of the parallel bootstrap: receives a configuration, then tasks, and answers
// each task with its estimates. Started through replicate-worker-entry.mjs (which loads tsx).

import { parentPort } from 'node:worker_threads';
import { ReplicateRunner, type ReplicateTask } from './replicate-runner';
import type { ReplicateConfiguration } from './replicate-estimator';

/** Messages the main thread sends to a worker. */
export type WorkerRequest =
  | { type: 'configure'; jobId: number; configuration: ReplicateConfiguration }
  | { type: 'run'; jobId: number; taskId: number; task: ReplicateTask };

/** Messages a worker sends back. */
export type WorkerResponse =
  | { type: 'ready' }
  | { type: 'result'; jobId: number; taskId: number; values: Float64Array }
  | { type: 'error'; jobId: number; taskId: number; message: string };

const port = parentPort;
if (port) {
  let runner: ReplicateRunner | null = null;
  let runnerJob = -1;
  port.on('message', (request: WorkerRequest) => {
    if (request.type === 'configure') {
      runner = new ReplicateRunner(request.configuration);
      runnerJob = request.jobId;
      return;
    }
    try {
      if (!runner || runnerJob !== request.jobId) throw new Error('task received before its configuration');
      const values = runner.run(request.task);
      const response: WorkerResponse = { type: 'result', jobId: request.jobId, taskId: request.taskId, values };
      port.postMessage(response, [values.buffer as ArrayBuffer]);
    } catch (error) {
      const response: WorkerResponse = { type: 'error', jobId: request.jobId, taskId: request.taskId, message: error instanceof Error ? error.message : String(error) };
      port.postMessage(response);
    }
  });
  port.postMessage({ type: 'ready' } satisfies WorkerResponse);
}

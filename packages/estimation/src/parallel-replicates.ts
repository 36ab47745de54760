// Runs replicate tasks on the main thread and a small pool of worker threads at once. Tasks are
// handed out one at a time to whoever is free, so a worker that is still starting (loading tsx
// takes a few hundred milliseconds) simply joins late. Results are stored by task index, so the
// output does not depend on the number of workers or on timing.

import type { Worker } from 'node:worker_threads';
import { ReplicateRunner, type ReplicateTask } from './replicate-runner';
import { EstimationError } from './estimation-error';
import type { ReplicateConfiguration } from './replicate-estimator';
import type { WorkerRequest, WorkerResponse } from './replicate-worker';

interface PooledWorker {
  worker: Worker;
  isReady: boolean;
  isBusy: boolean;
  configuredJob: number;
  currentTask: number;
  onResponse: (response: WorkerResponse) => void;
  onFailure: (error: Error) => void;
}

const pool: PooledWorker[] = [];
let nextJobId = 1;

/** Number of worker threads to add to the main thread by default: one per further core. */
export async function findDefaultWorkerCount(): Promise<number> {
  const os = await import('node:os');
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(0, cores - 1);
}

/** Stops the pooled worker threads (they are otherwise kept, unreferenced, for the next estimate). */
export async function stopEstimationWorkers(): Promise<void> {
  const workers = pool.splice(0, pool.length);
  await Promise.all(workers.map((entry) => entry.worker.terminate()));
}

async function growPool(size: number): Promise<void> {
  if (pool.length >= size) return;
  const { Worker: WorkerThread } = await import('node:worker_threads');
  while (pool.length < size) {
    const worker = new WorkerThread(new URL('./replicate-worker-entry.mjs', import.meta.url));
    const entry: PooledWorker = {
      worker,
      isReady: false,
      isBusy: false,
      configuredJob: 0,
      currentTask: -1,
      onResponse: () => {},
      onFailure: () => {},
    };
    worker.on('message', (response: WorkerResponse) => {
      if (response.type === 'ready') entry.isReady = true;
      entry.onResponse(response);
    });
    const fail = (error: Error) => {
      const index = pool.indexOf(entry);
      if (index >= 0) pool.splice(index, 1);
      entry.onFailure(error);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`estimation worker exited with code ${code}`)));
    worker.unref();
    pool.push(entry);
  }
}

/** Summary of how a parallel run went, for timings and reports. */
export interface ParallelRunReport {
  values: Float64Array[];
  workerCount: number;
  tasksOnWorkers: number;
}

/**
 * Computes every task's estimates, using the main thread and up to `workerCount` worker threads.
 * @throws EstimationError WORKER_FAILED if a worker reports an error inside the estimation itself.
 */
export async function runReplicateTasks(configuration: ReplicateConfiguration, tasks: readonly ReplicateTask[], workerCount: number): Promise<ParallelRunReport> {
  const values: Float64Array[] = new Array(tasks.length);
  if (workerCount <= 0 || tasks.length <= 1) {
    const runner = new ReplicateRunner(configuration);
    tasks.forEach((task, index) => {
      values[index] = runner.run(task);
    });
    return { values, workerCount: 0, tasksOnWorkers: 0 };
  }
  await growPool(workerCount);
  const workers = pool.slice(0, workerCount);
  const jobId = nextJobId;
  nextJobId += 1;
  const queue = tasks.map((_task, index) => index);
  let completed = 0;
  let tasksOnWorkers = 0;
  let runner: ReplicateRunner | null = null;

  return new Promise<ParallelRunReport>((resolve, reject) => {
    let isSettled = false;
    const finish = (error?: Error) => {
      if (isSettled) return;
      if (!error && completed < tasks.length) return;
      isSettled = true;
      for (const entry of workers) {
        entry.onResponse = () => {};
        entry.onFailure = () => {};
        entry.isBusy = false;
        entry.worker.unref();
      }
      if (error) reject(error);
      else resolve({ values, workerCount: workers.length, tasksOnWorkers });
    };
    const dispatch = (entry: PooledWorker) => {
      const taskId = queue.shift();
      if (taskId === undefined) {
        entry.isBusy = false;
        return;
      }
      if (entry.configuredJob !== jobId) {
        entry.worker.postMessage({ type: 'configure', jobId, configuration } satisfies WorkerRequest);
        entry.configuredJob = jobId;
      }
      entry.isBusy = true;
      entry.currentTask = taskId;
      entry.worker.postMessage({ type: 'run', jobId, taskId, task: tasks[taskId]! } satisfies WorkerRequest);
    };
    for (const entry of workers) {
      entry.worker.ref();
      entry.onResponse = (response) => {
        if (response.type === 'ready') {
          if (!entry.isBusy) dispatch(entry);
          return;
        }
        if (response.jobId !== jobId) return;
        if (response.type === 'error') {
          finish(new EstimationError('WORKER_FAILED', `A bootstrap worker failed: ${response.message}`));
          return;
        }
        values[response.taskId] = response.values;
        completed += 1;
        tasksOnWorkers += 1;
        dispatch(entry);
        finish();
      };
      entry.onFailure = () => {
        // A worker that dies hands its task back; the main thread finishes the job regardless.
        if (entry.isBusy && values[entry.currentTask] === undefined) queue.unshift(entry.currentTask);
        entry.isBusy = false;
        entry.onResponse = () => {};
        if (!mainLoopRunning) void runOnMainThread();
      };
      if (entry.isReady) dispatch(entry);
    }
    let mainLoopRunning = false;
    const runOnMainThread = async () => {
      mainLoopRunning = true;
      try {
        for (;;) {
          const taskId = queue.shift();
          if (taskId === undefined) break;
          runner ??= new ReplicateRunner(configuration);
          values[taskId] = runner.run(tasks[taskId]!);
          completed += 1;
          // Let worker results in and hand out new tasks before taking the next one.
          await new Promise<void>((resolveTurn) => setImmediate(resolveTurn));
        }
      } catch (error) {
        finish(error instanceof Error ? error : new Error(String(error)));
        return;
      } finally {
        mainLoopRunning = false;
      }
      finish();
    };
    void runOnMainThread();
  });
}

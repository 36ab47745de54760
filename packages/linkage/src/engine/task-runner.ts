import { Worker } from 'node:worker_threads';
import { buildTextColumn, mergeTextColumns, type Dictionary, type TextColumnPart } from '../encode/build-columns';
import type { TextColumn } from '../encode/columns';
import type { Normaliser } from '../model/comparison-kinds';
import { JobContext, type JobContextData, type JobResult, type JobTask } from './job-context';

/** Runs job tasks, in this thread or in worker threads, delivering each result with its task's index. */
export interface TaskRunner {
  readonly threads: number;
  /** Encodes a text column, in slices on the workers when there are any (see mergeTextColumns). */
  encodeText(values: unknown[], normaliser: Normaliser): Promise<{ column: TextColumn; dictionary: Dictionary }>;
  /** Hands the job's data to the runner (workers may have started before the data was ready). */
  initialise(data: JobContextData): Promise<void>;
  update(patch: Partial<Pick<JobContextData, 'scoring' | 'indexSets'>>): Promise<void>;
  runAll(tasks: JobTask[], onResult: (result: JobResult, index: number) => void, signal?: AbortSignal): Promise<void>;
  close(): Promise<void>;
}

/** The error an aborted job rejects with (DOMException name "AbortError", as fetch uses). */
export function abortError(): Error {
  return new DOMException('The linkage job was aborted', 'AbortError');
}

const yieldEveryMilliseconds = 30;

/** Runs tasks in the calling thread, yielding to the event loop now and then so progress and aborts get through. */
export class InlineRunner implements TaskRunner {
  readonly threads = 1;
  private context: JobContext | undefined;

  async encodeText(values: unknown[], normaliser: Normaliser): Promise<{ column: TextColumn; dictionary: Dictionary }> {
    return buildTextColumn(values, normaliser);
  }

  async initialise(data: JobContextData): Promise<void> {
    this.context = new JobContext(data);
  }

  async update(patch: Partial<Pick<JobContextData, 'scoring' | 'indexSets'>>): Promise<void> {
    this.requireContext().update(patch);
  }

  private requireContext(): JobContext {
    if (!this.context) throw new Error('The runner has no data yet');
    return this.context;
  }

  async runAll(tasks: JobTask[], onResult: (result: JobResult, index: number) => void, signal?: AbortSignal): Promise<void> {
    let lastYield = Date.now();
    for (let index = 0; index < tasks.length; index++) {
      if (signal?.aborted) throw abortError();
      onResult(this.requireContext().run(tasks[index]!), index);
      if (Date.now() - lastYield > yieldEveryMilliseconds) {
        await new Promise((resolve) => setImmediate(resolve));
        lastYield = Date.now();
      }
    }
    if (signal?.aborted) throw abortError();
  }

  async close(): Promise<void> {}
}

type WorkerReply =
  | { type: 'ready' }
  | { type: 'result'; id: number; result: JobResult }
  | { type: 'encoded'; id: number; column: TextColumn; strings: string[] }
  | { type: 'error'; id: number; message: string };

/** Below this many values a text column is encoded in one piece: splitting would not pay. */
const parallelEncodingMinimum = 100_000;

function transferables(result: JobResult): ArrayBuffer[] {
  const buffers: ArrayBufferLike[] = [];
  if (result.kind === 'sampleU') buffers.push(result.counts.buffer);
  if (result.kind === 'patterns') buffers.push(result.levels.buffer, result.counts.buffer);
  if (result.kind === 'score') {
    buffers.push(result.a.buffer, result.b.buffer, result.weights.buffer, result.levels.buffer);
    if (result.patterns) buffers.push(result.patterns.levels.buffer, result.patterns.counts.buffer);
  }
  return buffers.filter((buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer);
}

export { transferables };

/**
 * Runs tasks on a pool of worker threads sharing the encoded data (SharedArrayBuffer, no copies).
 * Tasks are handed out one at a time to whichever worker is free, so uneven tasks balance out.
 */
export class WorkerRunner implements TaskRunner {
  private readonly workers: Worker[] = [];
  private ready: Promise<void>;
  private nextEncoding = 1_000_000;

  /** Starts the workers at once, so that their start-up overlaps the encoding of the records. */
  constructor(readonly threads: number) {
    const starts: Promise<void>[] = [];
    for (let index = 0; index < threads; index++) {
      const worker = new Worker(new URL('./linkage-worker.mjs', import.meta.url));
      this.workers.push(worker);
      starts.push(this.nextReady(worker));
    }
    this.ready = Promise.all(starts).then(() => undefined);
    // Until someone awaits it, a failed start must not become an unhandled rejection.
    this.ready.catch(() => {});
  }

  private nextReady(worker: Worker): Promise<void> {
    return new Promise((resolve, reject) => {
      const onMessage = (message: WorkerReply) => {
        if (message.type === 'ready') {
          worker.off('message', onMessage);
          worker.off('error', reject);
          resolve();
        }
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
  }

  async encodeText(values: unknown[], normaliser: Normaliser): Promise<{ column: TextColumn; dictionary: Dictionary }> {
    // Names and free text are costly to normalise and mostly distinct; codes and places are cheap
    // and repeat, so they stay here while the workers do the names.
    if (values.length < parallelEncodingMinimum || (normaliser !== 'name' && normaliser !== 'text')) return buildTextColumn(values, normaliser);
    await this.ready;
    const sliceSize = Math.ceil(values.length / this.workers.length);
    const parts = await Promise.all(this.workers.map((worker, index) => new Promise<TextColumnPart>((resolve, reject) => {
      // Several columns may be encoded at once: each slice has its own message id.
      const id = this.nextEncoding++;
      const onMessage = (message: WorkerReply) => {
        if (message.type === 'encoded' && message.id === id) {
          worker.off('message', onMessage);
          resolve({ column: message.column, strings: message.strings });
        } else if (message.type === 'error' && message.id === id) {
          worker.off('message', onMessage);
          reject(new Error(`Linkage worker failed: ${message.message}`));
        }
      };
      worker.on('message', onMessage);
      worker.postMessage({ type: 'encode', id, values: values.slice(index * sliceSize, (index + 1) * sliceSize), normaliser });
    })));
    return mergeTextColumns(parts);
  }

  async initialise(data: JobContextData): Promise<void> {
    await this.ready;
    await Promise.all(this.workers.map((worker) => {
      const next = this.nextReady(worker);
      worker.postMessage({ type: 'init', data });
      return next;
    }));
  }

  async update(patch: Partial<Pick<JobContextData, 'scoring' | 'indexSets'>>): Promise<void> {
    await this.ready;
    await Promise.all(this.workers.map((worker) => {
      const next = this.nextReady(worker);
      worker.postMessage({ type: 'update', patch });
      return next;
    }));
  }

  async runAll(tasks: JobTask[], onResult: (result: JobResult, index: number) => void, signal?: AbortSignal): Promise<void> {
    await this.ready;
    if (signal?.aborted) throw abortError();
    let next = 0;
    let finished = 0;
    await new Promise<void>((resolve, reject) => {
      const cleanups: Array<() => void> = [];
      const finish = (error?: unknown) => {
        for (const cleanup of cleanups) cleanup();
        if (error) reject(error);
        else resolve();
      };
      const onAbort = () => finish(abortError());
      signal?.addEventListener('abort', onAbort, { once: true });
      cleanups.push(() => signal?.removeEventListener('abort', onAbort));
      if (tasks.length === 0) {
        finish();
        return;
      }
      for (const worker of this.workers) {
        const dispatch = () => {
          if (next < tasks.length) {
            const id = next++;
            worker.postMessage({ type: 'task', id, task: tasks[id] });
          }
        };
        const onMessage = (message: WorkerReply) => {
          if (message.type === 'error') {
            finish(new Error(`Linkage worker failed: ${message.message}`));
            return;
          }
          if (message.type !== 'result') return;
          try {
            onResult(message.result, message.id);
          } catch (error) {
            finish(error);
            return;
          }
          finished++;
          if (finished === tasks.length) finish();
          else dispatch();
        };
        const onError = (error: Error) => finish(error);
        worker.on('message', onMessage);
        worker.on('error', onError);
        cleanups.push(() => {
          worker.off('message', onMessage);
          worker.off('error', onError);
        });
        dispatch();
      }
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

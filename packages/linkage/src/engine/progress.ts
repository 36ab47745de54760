/** Phases of a linkage job, in order. */
export type LinkagePhase = 'encode' | 'index' | 'estimate-u' | 'estimate-prior' | 'train-m' | 'score' | 'cluster';

/** A progress report: `done` of `total` units of the current phase. */
export interface LinkageProgress {
  phase: LinkagePhase;
  done: number;
  total: number;
  message?: string;
}

/** Options shared by every long-running call. */
export interface JobOptions {
  /** Worker threads to use (default: available cores, at most 8; 1 runs in the calling thread). */
  threads?: number;
  /** Stops the job; the call rejects with an AbortError. */
  signal?: AbortSignal;
  /** Called as the job advances. */
  onProgress?: (progress: LinkageProgress) => void;
}

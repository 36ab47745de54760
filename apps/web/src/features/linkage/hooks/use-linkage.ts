import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  decideCandidate,
  getLinkageModel,
  getLinkageRun,
  listCandidates,
  listLinkageRuns,
  listMatches,
  startLinkageRun,
  undoMatch,
  type CandidateListQuery,
  type LinkageRun,
} from '../api';

/** How often a running run's progress is read again. */
const PROGRESS_POLL_MS = 1000;

/** Cache keys of record linkage. */
export const linkageKeys = {
  all: ['linkage'] as const,
  runs: ['linkage', 'runs'] as const,
  run: (id: string) => ['linkage', 'runs', id] as const,
  model: ['linkage', 'model'] as const,
  candidates: (query: CandidateListQuery) => ['linkage', 'candidates', query] as const,
  matches: (query: { page: number; pageSize: number }) => ['linkage', 'matches', query] as const,
};

const pollWhileRunning = (run: LinkageRun | undefined) => (run?.status === 'running' ? PROGRESS_POLL_MS : false);

/** The recent runs; read again every second while the newest is running. */
export function useLinkageRuns() {
  return useQuery({
    queryKey: linkageKeys.runs,
    queryFn: ({ signal }) => listLinkageRuns(signal),
    refetchInterval: (query) => pollWhileRunning(query.state.data?.items[0]),
  });
}

/**
 * One run, followed every second until it completes or fails; when it ends, everything it
 * changed (the model, the queue, the list of runs) is read again.
 */
export function useLinkageRun(id: string | null) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: linkageKeys.run(id ?? ''),
    queryFn: async ({ signal }) => {
      const previous = queryClient.getQueryData<LinkageRun>(linkageKeys.run(id!));
      const run = await getLinkageRun(id!, signal);
      // When the run is seen ending (or already ended at the first read): a finished run read
      // again changes nothing.
      if ((previous === undefined || previous.status === 'running') && run.status !== 'running') {
        void Promise.all([
          queryClient.invalidateQueries({ queryKey: linkageKeys.model }),
          queryClient.invalidateQueries({ queryKey: ['linkage', 'candidates'] }),
          queryClient.invalidateQueries({ queryKey: linkageKeys.runs, exact: true }),
        ]);
      }
      return run;
    },
    enabled: id !== null,
    refetchInterval: (query) => pollWhileRunning(query.state.data),
  });
}

/** Starts a run; the answer holds its id, to follow. */
export function useStartLinkageRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (train: boolean) => startLinkageRun(train),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: linkageKeys.runs, exact: true }),
  });
}

/** The newest trained model. */
export function useLinkageModel() {
  return useQuery({ queryKey: linkageKeys.model, queryFn: ({ signal }) => getLinkageModel(signal) });
}

/** A page of the review queue (or of decided pairs); the previous page stays while the next loads. */
export function useCandidates(query: CandidateListQuery) {
  return useQuery({ queryKey: linkageKeys.candidates(query), queryFn: ({ signal }) => listCandidates(query, signal), placeholderData: keepPreviousData });
}

function useLinkageMutation<Variables>(mutationFn: (variables: Variables) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    // A decision changes the queue, the matches and (through clusters) nothing else the pages show.
    onSuccess: () => Promise.all([
      queryClient.invalidateQueries({ queryKey: ['linkage', 'candidates'] }),
      queryClient.invalidateQueries({ queryKey: ['linkage', 'matches'] }),
    ]),
  });
}

/** Confirms or rejects a pair. */
export function useDecideCandidate() {
  return useLinkageMutation(({ id, decision }: { id: string; decision: 'confirm' | 'reject' }) => decideCandidate(id, decision));
}

/** A page of confirmed matches. */
export function useMatches(query: { page: number; pageSize: number }) {
  return useQuery({ queryKey: linkageKeys.matches(query), queryFn: ({ signal }) => listMatches(query, signal), placeholderData: keepPreviousData });
}

/** Undoes a match. */
export function useUndoMatch() {
  return useLinkageMutation((id: string) => undoMatch(id));
}

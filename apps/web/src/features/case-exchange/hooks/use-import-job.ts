import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ImportApi } from '../import-api';
import { isImportRunning, type AnyImportJob } from '../import-mapping';

/** How often a running import is asked how far it is. */
const POLL_MS = 1_000;

/** An import's requests and where its jobs are cached (`case-imports`, `intake-imports`). */
export interface ImportClient<Job extends AnyImportJob, Mapping, Commit> {
  api: ImportApi<Job, Mapping, Commit>;
  cacheKey: string;
  /** Reads again what a commit changes (the case lists, the report queue). */
  onCommitted(queryClient: QueryClient): void;
}

const jobKey = (cacheKey: string, id: string) => [cacheKey, id] as const;

/** An import job; polled every second while it runs in the background. Once it is seen committed, what it changed is read again. */
export function useImportJob<Job extends AnyImportJob, Mapping, Commit>(client: ImportClient<Job, Mapping, Commit>, id: string | null) {
  const queryClient = useQueryClient();
  const job = useQuery({
    queryKey: jobKey(client.cacheKey, id ?? ''),
    queryFn: ({ signal }) => client.api.get(id!, signal),
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data && isImportRunning(query.state.data.status) ? POLL_MS : false),
    staleTime: 0,
  });
  const status = job.data?.status;
  const { onCommitted } = client;
  useEffect(() => {
    if (status === 'committed') onCommitted(queryClient);
  }, [status, onCommitted, queryClient]);
  return job;
}

/** A mutation that answers the job as it now stands and puts it in the cache. */
function useJobMutation<Job extends AnyImportJob, Mapping, Commit, Variables>(client: ImportClient<Job, Mapping, Commit>, mutationFn: (variables: Variables) => Promise<Job>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (job) => queryClient.setQueryData(jobKey(client.cacheKey, job.id), job),
  });
}

/** The steps of an import: upload, dry run with a mapping, commit (with the kind's body), cancel. */
export function useImportSteps<Job extends AnyImportJob, Mapping, Commit>(client: ImportClient<Job, Mapping, Commit>) {
  return {
    upload: useJobMutation(client, (file: File) => client.api.upload(file)),
    dryRun: useJobMutation(client, ({ id, mapping }: { id: string; mapping: Mapping }) => client.api.dryRun(id, mapping)),
    commit: useJobMutation(client, ({ id, body }: { id: string; body?: Commit }) => client.api.commit(id, body)),
    cancel: useJobMutation(client, (id: string) => client.api.cancel(id)),
  };
}

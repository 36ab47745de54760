import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ImportJob, ImportMapping } from '@ctip/contracts';
import { cancelImport, getImport, startCommit, startDryRun, uploadImport } from '../api';
import { isImportRunning } from '../import-mapping';

/** How often a running import is asked how far it is. */
const POLL_MS = 1_000;

const importKey = (id: string) => ['case-imports', id] as const;

/** An import job; polled every second while it runs in the background. */
export function useImportJob(id: string | null) {
  return useQuery({
    queryKey: importKey(id ?? ''),
    queryFn: ({ signal }) => getImport(id!, signal),
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data && isImportRunning(query.state.data.status) ? POLL_MS : false),
    staleTime: 0,
  });
}

/** A mutation that answers the job as it now stands and puts it in the cache. */
function useJobMutation<Variables>(mutationFn: (variables: Variables) => Promise<ImportJob>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (job) => {
      queryClient.setQueryData(importKey(job.id), job);
      // A committed import adds cases to every list.
      if (job.status === 'committed' || job.status === 'committing') void queryClient.invalidateQueries({ queryKey: ['cases'] });
    },
  });
}

/** Uploads a spreadsheet. */
export const useUploadImport = () => useJobMutation((file: File) => uploadImport(file));
/** Starts a dry run with a mapping. */
export const useStartDryRun = () => useJobMutation(({ id, mapping }: { id: string; mapping: ImportMapping }) => startDryRun(id, mapping));
/** Starts the commit. */
export const useStartCommit = () => useJobMutation((id: string) => startCommit(id));
/** Cancels the import. */
export const useCancelImport = () => useJobMutation((id: string) => cancelImport(id));

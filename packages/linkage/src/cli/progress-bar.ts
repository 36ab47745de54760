import type { LinkageProgress } from '../engine/progress';

const phaseWords: Record<LinkageProgress['phase'], string> = {
  encode: 'reading records',
  index: 'blocking',
  'estimate-u': 'estimating u',
  'estimate-prior': 'estimating the prior',
  'train-m': 'training m (EM)',
  score: 'scoring pairs',
  cluster: 'clustering',
};

/**
 * A progress bar on a stream (stderr): redrawn in place on a terminal, one line per phase
 * otherwise, so logs stay readable. Returns the callback to pass as `onProgress`, and `finish`.
 */
export function createProgressBar(stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }): {
  onProgress: (progress: LinkageProgress) => void;
  finish: () => void;
} {
  let lastPhase = '';
  let lastDraw = 0;
  let isDrawn = false;
  const width = 28;
  return {
    onProgress(progress) {
      const label = `${phaseWords[progress.phase]}${progress.message ? ` (${progress.message})` : ''}`;
      const ratio = progress.total > 0 ? Math.min(1, progress.done / progress.total) : 0;
      if (!stream.isTTY) {
        if (progress.phase !== lastPhase) stream.write(`${label}…\n`);
        lastPhase = progress.phase;
        return;
      }
      const now = Date.now();
      if (progress.phase === lastPhase && now - lastDraw < 80 && ratio < 1) return;
      lastDraw = now;
      lastPhase = progress.phase;
      const filled = Math.round(ratio * width);
      const line = `${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${String(Math.round(ratio * 100)).padStart(3)}% ${label}`;
      stream.write(`\r\x1b[2K${line.slice(0, (stream.columns ?? 100) - 1)}`);
      isDrawn = true;
    },
    finish() {
      if (isDrawn) stream.write('\r\x1b[2K');
      isDrawn = false;
    },
  };
}

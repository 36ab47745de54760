/** A one-line progress bar on a terminal stream (redrawn in place), silent on non-terminals except at the end. */
export function createProgressBar(stream: NodeJS.WritableStream & { isTTY?: boolean }, width = 30) {
  let last = '';
  return {
    update(label: string, done: number, total: number): void {
      const fraction = total > 0 ? Math.min(1, done / total) : 0;
      const filled = Math.round(fraction * width);
      const line = `${label.padEnd(14)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.round(fraction * 100)).padStart(3)}%`;
      if (line === last) return;
      last = line;
      if (stream.isTTY) stream.write(`\r${line}`);
    },
    finish(): void {
      if (stream.isTTY && last) stream.write('\n');
    },
  };
}

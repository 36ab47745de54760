// Entry of a linkage worker thread: a Worker cannot load TypeScript by itself, so register tsx first.
import { register } from 'tsx/esm/api';

register();
await import('./linkage-worker.ts');

#!/usr/bin/env node
// The `ctip-link` command: linkage of CSV files without the server. Sources are TypeScript run
// through tsx, so it works from a fresh clone with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/ctip-link.ts');
process.exitCode = await main(process.argv.slice(2));

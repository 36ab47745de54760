#!/usr/bin/env node
// The `ctip` command. Sources are TypeScript run through tsx, so the CLI works
// from a fresh clone after `npm install` with no build step (docs/adr/0001).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));

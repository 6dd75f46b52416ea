#!/usr/bin/env node
// The `sikap` command. Runs the TypeScript sources through tsx (ADR 0001), on the pinned Node 24.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/index.ts');

#!/usr/bin/env node
// The `sikap` command. Runs the TypeScript sources through tsx (ADR 0001), on the pinned Node 24.
import { register } from 'tsx/esm/api';

// Browser journeys run the server at a fixed instant (a working Monday at 07:50 WIB) so booking,
// check-in windows and opening hours do not depend on when CI happens to run. The clock keeps ticking
// from there; PGlite's now() follows it (it reads the host clock). Never in production (ADR 0010).
if (process.env.SIKAP_WAKTU_UJI && process.env.NODE_ENV !== 'production') {
  const mulai = new Date(process.env.SIKAP_WAKTU_UJI);
  if (Number.isNaN(mulai.getTime())) {
    console.error(`SIKAP_WAKTU_UJI: bukan waktu ISO 8601 yang valid (${process.env.SIKAP_WAKTU_UJI})`);
    process.exit(1);
  }
  const { default: FakeTimers } = await import('@sinonjs/fake-timers');
  FakeTimers.install({ now: mulai, toFake: ['Date'], shouldAdvanceTime: true });
}

register();
await import('../src/cli/index.ts');

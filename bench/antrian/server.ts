/**
 * One SIKAP server process for the call → display benchmark (bench/antrian.ts part c): builds the real
 * app on the PostgreSQL database/schema given in the environment (DATABASE_URL, DATABASE_SCHEMA), listens
 * on 127.0.0.1:PORT (0 = any free port) and prints one line `SIAP <port>` when it accepts connections.
 * Stops cleanly on SIGTERM/SIGINT. Not meant to be run by hand.
 */
import { buildApp } from '../../src/server/app.ts';
import { openDatabase } from '../../src/server/db/client.ts';
import { configBench } from './fixture.ts';

const url = process.env.DATABASE_URL;
const schema = process.env.DATABASE_SCHEMA;
if (!url || !schema) throw new Error('DATABASE_URL dan DATABASE_SCHEMA wajib diisi');

const database = await openDatabase({ url, schema });
const app = await buildApp({ config: configBench(), db: database, serveWeb: false });
const address = await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 0) });
console.log(`SIAP ${new URL(address).port}`);

let berhenti = false;
const stop = async () => {
  if (berhenti) return;
  berhenti = true;
  await app.close();
  await database.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());

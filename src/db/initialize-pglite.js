// `node initialize-pglite.js <pgdata>`: runs initdb into an empty PGlite data directory, then exits.
// client.ts runs it in a process of its own: initdb boots a second PGlite beside the first and
// peaks at ~600 MB, and a long-lived process keeps ~100 MB of such a peak for good (V8 and malloc
// do not hand it back), while an exiting one returns all of it.
import { PGlite } from '@electric-sql/pglite';
import { PGLITE_OPTIONS } from './pglite-options.js';

const pgdata = process.argv[2];
if (!pgdata) {
  console.error('usage: node initialize-pglite.js <pgdata>');
  process.exit(2);
}
const pglite = await PGlite.create(pgdata, PGLITE_OPTIONS);
await pglite.close();

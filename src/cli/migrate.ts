import { loadConfig } from '../config.js';
import { withDatabase } from './database.js';

export async function migrate() {
  const applied = await withDatabase(loadConfig(), async (_db, justApplied) => justApplied);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
}

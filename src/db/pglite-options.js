// Plain JavaScript: the data directory is initialized by a child process running under plain node
// (initialize-pglite.js), from src/ under vitest as from dist/.
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/** Extensions the migrations create (candidate search uses trigram indexes); PGlite must load them at construction. */
export const PGLITE_EXTENSIONS = { pg_trgm };

/**
 * PGlite reserves its shared buffers inside the WebAssembly heap of this process, and that heap
 * never shrinks: at PostgreSQL's default of 128 MB the embedded gateway was ~250 MB heavier than
 * on a server. The data directory is read through the OS page cache anyway, so 32 MB costs little.
 */
export const PGLITE_OPTIONS = { startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'], extensions: PGLITE_EXTENSIONS };

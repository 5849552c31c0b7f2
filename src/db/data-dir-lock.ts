import { closeSync, openSync, writeSync, ftruncateSync } from 'node:fs';
import { createRequire } from 'node:module';
import { hostname } from 'node:os';
import { join } from 'node:path';

const { flockSync } = createRequire(import.meta.url)('fs-ext') as { flockSync(fd: number, flags: 'exnb' | 'un'): void };

export class DataDirLockedError extends Error {
  constructor(readonly dataDir: string) {
    super(
      `The data directory ${dataDir} is in use by another candidate-gateway process. ` +
        'Embedded PGlite allows one process at a time: stop the other process, use another DATA_DIR, ' +
        'or set DATABASE_URL to share a PostgreSQL server between processes.',
    );
  }
}

/**
 * An exclusive flock(2) on DATA_DIR/gateway.lock, held for the life of the process. The kernel
 * drops it when the holder dies, however it dies (kill -9, a container's PID 1, another host's
 * leftover file), so a restart never has to judge whether a recorded pid is still alive.
 * The file's content (host:pid) is only for a person looking at it.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const fd = openSync(join(dataDir, 'gateway.lock'), 'a+');
  try {
    flockSync(fd, 'exnb');
  } catch (error) {
    closeSync(fd);
    if ((error as NodeJS.ErrnoException).code === 'EAGAIN' || (error as NodeJS.ErrnoException).code === 'EWOULDBLOCK') throw new DataDirLockedError(dataDir);
    throw error;
  }
  ftruncateSync(fd, 0);
  writeSync(fd, `${hostname()}:${process.pid}\n`);
  return async () => {
    flockSync(fd, 'un');
    closeSync(fd);
  };
}

import { open, readFile, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    holder: string,
  ) {
    super(
      `The data directory ${dataDir} is in use by another candidate-gateway process (${holder}). ` +
        'Embedded PGlite allows one process at a time: stop the other process, use another DATA_DIR, ' +
        'or set DATABASE_URL to share a PostgreSQL server between processes.',
    );
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * An exclusive lock file holding the owner's pid. A lock whose process is gone (kill -9, power
 * loss) is taken over at once, so a crashed gateway restarts without waiting; a live owner is
 * never disturbed. (proper-lockfile decides staleness by age alone, which would make a restart
 * after a crash wait, or would let a paused owner lose its lock.)
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const path = join(dataDir, 'gateway.lock');
  const me = `${hostname()}:${process.pid}`;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(`${me}\n`);
      await handle.close();
      return async () => {
        const holder = (await readFile(path, 'utf8').catch(() => '')).trim();
        if (holder === me) await rm(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = (await readFile(path, 'utf8').catch(() => '')).trim();
      const [host, pidText] = holder.split(':');
      const pid = Number(pidText);
      const sameHost = host === hostname();
      if (holder && (!sameHost || !Number.isInteger(pid) || alive(pid))) throw new DataDirLockedError(dataDir, holder);
      await rm(path, { force: true });
    }
  }
  throw new DataDirLockedError(dataDir, 'unknown');
}

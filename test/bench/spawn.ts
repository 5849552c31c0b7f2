import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface ServerStats {
  statements: number;
  rss: number;
  heapUsed: number;
  /** CPU time the process has used (user + system), read before the collection. */
  cpuMicros: number;
}

export interface RunningPeer {
  name: string;
  url: string;
  pid: number;
  bootstrapKey?: string;
  stats(): Promise<ServerStats>;
  /** A CPU profile of whatever runs between the two calls (Chrome .cpuprofile JSON). */
  profile(): Promise<() => Promise<string>>;
  stop(): Promise<void>;
}

let nextPort = 0;

/**
 * Starts one server under test in its own process (the load comes from this one) and waits for
 * its side port. `--expose-gc` lets the idle-memory reading collect garbage first.
 */
export async function startPeer(name: string, script: string, basePort: number, env: Record<string, string>, nodeArgs: string[] = []): Promise<RunningPeer> {
  const port = basePort + nextPort;
  const controlPort = basePort + nextPort + 1;
  nextPort += 2;
  // Every server here is plain JavaScript run by plain node (the gateway from dist/, as `npm start` runs it):
  // a TypeScript loader's hooks and memory would be measured as the server's own. Only a baseline
  // checkout from before the build step brings a .ts gateway, run through tsx as it was then.
  const loader = script.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const path = script.startsWith('/') ? script : fileURLToPath(new URL(script, import.meta.url));
  const child: ChildProcess = spawn(process.execPath, ['--expose-gc', ...nodeArgs, ...loader, path], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env, PORT: String(port), CONTROL_PORT: String(controlPort) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let bootstrapKey: string | undefined;
  await new Promise<void>((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`${name} exited with ${code} before it was ready`));
    child.once('exit', onExit);
    child.on('message', (message: unknown) => {
      if (message === 'ready') {
        child.off('exit', onExit);
        resolve();
      } else if (message && typeof message === 'object' && 'bootstrapKey' in message) {
        bootstrapKey = String(message.bootstrapKey);
      }
    });
  });
  const control = `http://127.0.0.1:${controlPort}`;
  return {
    name,
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    ...(bootstrapKey ? { bootstrapKey } : {}),
    async stats() {
      return (await (await fetch(`${control}/stats`)).json()) as ServerStats;
    },
    async profile() {
      await fetch(`${control}/profile/start`);
      return async () => (await fetch(`${control}/profile/stop`)).text();
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

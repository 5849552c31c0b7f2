import cliProgress from 'cli-progress';

export interface Progress {
  /** One item is done; `note` says how it ended. */
  tick(item: string, note: string): void;
  stop(): void;
}

/** A bar on a terminal; on a pipe or in a log, one plain line per item. Both on stderr: stdout carries the summary. */
export function createProgress(total: number, label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  let done = 0;
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {value}/{total} {item}`, stream, hideCursor: true, clearOnComplete: false },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { item: '' });
    return {
      tick(item, note) {
        done += 1;
        bar.update(done, { item: `${item}: ${note}` });
      },
      stop: () => bar.stop(),
    };
  }
  return {
    tick(item, note) {
      done += 1;
      stream.write(`[${done}/${total}] ${item}: ${note}\n`);
    },
    stop() {},
  };
}

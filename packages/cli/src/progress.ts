/**
 * A progress bar on stderr for long runs. It draws only on a terminal (never into logs or pipes),
 * at most ten times a second, and erases itself when done.
 */
export interface Progress {
  update(done: number, total: number, label: string): void;
  done(): void;
}

const WIDTH = 30;
const INTERVAL_MS = 100;

export function progressBar(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { update() {}, done() {} };
  let last = 0;
  let drawn = false;
  return {
    update(done, total, label) {
      const now = Date.now();
      if (now - last < INTERVAL_MS && done < total) return;
      last = now;
      const ratio = total > 0 ? Math.min(1, done / total) : 0;
      const filled = Math.round(ratio * WIDTH);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
      stream.write(
        `\r${label.padEnd(10)} ${bar} ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}`,
      );
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}

// A progress bar on stderr for long runs on a terminal: done/total (the total is counted in
// the background), pages/s, ETA and failures so far. Nothing at all off a terminal or --quiet.
import cliProgress from 'cli-progress';

export interface Progress {
  tick(failed: boolean): void;
  setTotal(total: number): void;
  stop(): void;
}

const SILENT: Progress = { tick: () => undefined, setTotal: () => undefined, stop: () => undefined };

export function startProgress(enabled: boolean): Progress {
  if (!enabled || !process.stderr.isTTY) return SILENT;
  const started = Date.now();
  let done = 0;
  let failures = 0;
  let total = 0;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: '{bar} {value}/{total} pages | {rate} pages/s | ETA {eta_formatted} | {failures} failed',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 200,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(0, 0, { rate: '0', failures: 0 });
  const payload = () => ({ rate: (done / Math.max((Date.now() - started) / 1000, 0.001)).toFixed(1), failures });
  return {
    tick(failed) {
      done++;
      if (failed) failures++;
      // Until the background count is in, the total grows with what is done.
      if (done > total) bar.setTotal(done);
      bar.update(done, payload());
    },
    setTotal(count) {
      total = count;
      bar.setTotal(Math.max(count, done));
    },
    stop: () => bar.stop(),
  };
}

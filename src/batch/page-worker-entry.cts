// The file piscina starts each worker with. piscina loads it with require(); given the ES
// module page-worker.js, Node 20 would load that synchronously, and a worker terminated in
// the middle of such a load (the pool closed right after a short run) aborts the whole
// process. Loaded here with import(), which a termination stops cleanly.
type Convert = typeof import('./page-worker.js', { with: { 'resolution-mode': 'import' } }).default;

let convert: Promise<Convert> | undefined;

export = async function convertInWorker(task: Parameters<Convert>[0]): ReturnType<Convert> {
  convert ??= import('./page-worker.js').then((module) => module.default);
  return (await convert)(task);
};

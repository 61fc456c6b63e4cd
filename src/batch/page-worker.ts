// Runs in a worker thread: one page through parse, extract and render (a file is read here too).
// Pages run one after the other; each tells the pool when it starts, which starts its clock.
import type { MessagePort } from 'node:worker_threads';
import type { ArchiveOptions } from '../config.js';
import { convertPage, convertSource } from '../convert.js';
import type { Page, Post, Result, Source } from '../types.js';

/** A file to read and convert here, or a page the main thread fetched. */
export type PageTask = ({ source: Source } | { page: Page }) & { options: ArchiveOptions; started?: MessagePort };

let previous: Promise<unknown> = Promise.resolve();

export default function convertInWorker(task: PageTask): Promise<Result<Post>> {
  const turn = previous.then(() => convertNow(task));
  previous = turn.catch(() => undefined);
  return turn;
}

async function convertNow(task: PageTask): Promise<Result<Post>> {
  task.started?.postMessage('started');
  task.started?.close();
  const result = 'page' in task ? convertPage(task.page, task.options) : await convertSource(task.source, task.options);
  if (!result.ok) return { ok: false, problem: { ...result.problem, cause: undefined } };
  // The article's HTML is in the post already; no need to copy it back twice.
  return { ok: true, value: { ...result.value, article: { ...result.value.article, html: '' } } };
}

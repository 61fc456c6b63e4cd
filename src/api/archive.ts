// archive(sources, options): the library's `mdarchive archive`, one result per source as the
// CLI's --json entries, in input order, as they come.
import { archiveAll, type ReportEntry } from '../archive.js';
import { holdDispatcher } from '../fetch/dispatcher.js';
import { expandSources } from '../source/expand.js';
import { runOptions, type Options } from './options.js';

export interface ArchiveEntry extends ReportEntry {
  /** With `out: '-'`: the post's file content, which is not written. */
  content?: string;
}

/**
 * Archives URLs, HTML files and folders (walked as the CLI walks them). A source that fails is
 * an entry with `status: 'failed'` and its one-line `error`; options that cannot be used are
 * one failed entry whose source is `options`. `signal` stops the run: no new post is written
 * after it aborts, the one being written is finished.
 */
export async function* archive(sources: string | Iterable<string> | AsyncIterable<string>, options: Options & { signal?: AbortSignal } = {}): AsyncGenerator<ArchiveEntry> {
  const { signal, ...settings } = options;
  const resolved = await runOptions(settings);
  if (!resolved.ok) {
    const { source, reason } = resolved.problem;
    yield { source, output: null, status: 'failed', title: null, error: reason };
    return;
  }
  const run = resolved.value.options;
  const list = typeof sources === 'string' ? [sources] : sources;
  const release = holdDispatcher();
  try {
    for await (const { entry, post } of archiveAll(expandSources(list, undefined, run), run, signal)) {
      yield post ? { ...entry, content: post.content } : entry;
    }
  } finally {
    await release();
  }
}

// `mdarchive archive`: sources to posts.
import { Command } from 'commander';
import { archiveAll } from '../archive.js';
import { ConfigError, loadConfig, type ArchiveOptions } from '../config.js';
import { closeDispatcher } from '../fetch/dispatcher.js';
import { expandSources } from '../source/expand.js';
import { blogLines, type ResolvedOptions } from '../resolve-options.js';
import { addPostOptions, collect, positive, resolveOptions, type PostFlags } from './options.js';
import { startProgress } from './progress.js';
import { countSources } from '../source/count.js';
import { entryLines, jsonReport, newReport, record, summaryLine } from './report.js';

const EXAMPLES = `
Examples:
  Archive one article from the web:
    $ mdarchive archive https://example.com/post/42.html -o posts

  Convert a folder of saved pages, in the seed's Hexo format:
    $ mdarchive archive saved-pages/ -o source/_posts --body html \\
        --category 新媒体 --category 人人都是产品经理 --image-proxy 'https://cors.example.workers.dev/?'

  Print one post on standard output:
    $ curl -s https://example.com/a.html | mdarchive archive - -o -

  Archive a reading list from cron, with settings and per-site rules in a YAML file:
    0 6 * * * mdarchive archive --config ~/blog/mdarchive.yml --input ~/reading-list.txt --json > ~/last-run.json
`;

interface ArchiveFlags extends PostFlags {
  force?: boolean;
  input?: string;
  include?: string[];
  exclude?: string[];
  jobs?: number;
  pageTimeout?: number;
  quiet?: boolean;
  explain?: boolean;
}

/** Exit code after Ctrl-C, as shells report a SIGINT death (128 + 2). */
const EXIT_INTERRUPTED = 130;

/** First Ctrl-C: stop cleanly (no new post, none half-written); second: leave at once. */
function onInterrupt(stop: AbortController): () => void {
  const handler = () => {
    if (stop.signal.aborted) process.exit(EXIT_INTERRUPTED);
    stop.abort();
  };
  process.on('SIGINT', handler);
  return () => process.off('SIGINT', handler);
}

async function runArchive(args: string[], flags: ArchiveFlags): Promise<number> {
  if (!args.length && flags.input === undefined) throw new ConfigError('nothing to archive: give a URL, file or folder, - for standard input, or --input <list>');
  if (flags.input === '-' && args.includes('-')) throw new ConfigError('standard input can be read once: use --input - or -, not both');
  const fromConfig = flags.config ? await loadConfig(flags.config) : {};
  const { options, blog } = await resolveOptions(flags, fromConfig, {
    force: flags.force,
    include: flags.include ?? [],
    exclude: flags.exclude ?? [],
    jobs: flags.jobs,
    pageTimeout: flags.pageTimeout,
    quiet: flags.quiet,
  });
  if (options.out === '-' && options.json) throw new ConfigError('--json and -o - both write to standard output: choose one');
  if (flags.explain) return explainSources(args, flags.input, options, blog);
  if (blog && options.verbose) for (const line of blogLines(blog)) process.stderr.write(`mdarchive: ${line}\n`);
  const started = performance.now();
  const report = newReport();
  const json = options.json ? jsonReport((text) => process.stdout.write(text)) : undefined;
  const progress = startProgress(!options.quiet && options.out !== '-');
  countSources(args, options).then((total) => progress.setTotal(total), () => undefined);
  const named = new Set(args);
  const stop = new AbortController();
  const stopListening = onInterrupt(stop);
  try {
    for await (const { entry, post } of archiveAll(expandSources(args, flags.input, options), options, stop.signal)) {
      record(report, entry);
      json?.add(entry);
      progress.tick(entry.status === 'failed');
      if (post) process.stdout.write(post.content);
      // A folder being resumed would list every page it skips: the summary counts them instead.
      const quietSkip = entry.status === 'skipped' && !named.has(entry.source);
      if (!quietSkip) for (const line of entryLines(entry)) process.stderr.write(`${line}\n`);
    }
  } finally {
    progress.stop();
    stopListening();
    await closeDispatcher();
  }
  json?.end(report);
  const interrupted = stop.signal.aborted;
  const wantSummary = !options.quiet && options.out !== '-' && !options.json && (process.stderr.isTTY || options.verbose || interrupted);
  if (wantSummary) process.stderr.write(`${summaryLine(report, (performance.now() - started) / 1000)}${interrupted ? ' (interrupted)' : ''}\n`);
  if (interrupted) return EXIT_INTERRUPTED;
  return report.failed > 0 ? 1 : 0;
}

/** --explain: the blog settings taken, then the extractor's reasons for each source, on standard output. */
async function explainSources(args: string[], input: string | undefined, options: ArchiveOptions, blog: ResolvedOptions['blog']): Promise<number> {
  const [{ explainPage }, { readPage }] = await Promise.all([import('../extract/explain.js'), import('../source/read-page.js')]);
  if (blog) process.stdout.write(`blog: ${blog.config}\n${blog.notes.map((note) => `  ${note}\n`).join('')}\n`);
  let failed = 0;
  try {
    for await (const item of expandSources(args, input, options)) {
      const page = 'problem' in item ? undefined : await readPage(item.source, options);
      const problem = 'problem' in item ? item.problem : page && !page.ok ? page.problem : undefined;
      if (problem) {
        failed++;
        process.stderr.write(`mdarchive: ${problem.source}: ${problem.reason}\n`);
      } else if (page?.ok) process.stdout.write(explainPage(page.value, options));
    }
  } finally {
    await closeDispatcher();
  }
  return failed > 0 ? 1 : 0;
}

export function archiveCommand(setExit: (code: number) => void): Command {
  const cmd = new Command('archive')
    .description('fetch or read article HTML and write one post per article')
    .argument('[source...]', 'http(s) URL, HTML file, folder of .html/.htm files, or - for standard input (a page, or a list of URLs)');
  return addPostOptions(cmd)
    .option('--input <file>', 'read more sources from a list file (one per line, # comments; - for standard input)')
    .option('--config <file.yml>', 'YAML settings: the same names as these flags, plus per-site rules under sites:')
    .option('--force', 'overwrite existing posts (default: skip those newer than their page)')
    .option('--include <glob>', 'folders: files to take (repeatable; default: **/*.{html,htm,xhtml}, .gz too)', collect)
    .option('--exclude <glob>', 'folders: files to leave out (repeatable)', collect)
    .option('--jobs <n>', 'worker threads converting files (default: the number of cores)', positive('--jobs'))
    .option('--page-timeout <ms>', 'stop a page that takes longer than this (default: 30000)', positive('--page-timeout'))
    .option('--quiet', 'no progress bar and no summary line')
    .option('--explain', 'write nothing: show why the body block was chosen and where each field came from')
    .addHelpText('after', EXAMPLES)
    .action(async (args: string[], flags: ArchiveFlags) => setExit(await runArchive(args, flags)));
}

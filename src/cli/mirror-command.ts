// `mdarchive mirror`: what is new in each column, into its posts folder. Built for cron:
// silent on success, errors on stderr, exit 1 on any failure, 75 when another run holds the folder.
import { Command, Option } from 'commander';
import { ConfigError, loadConfigWith } from '../config.js';
import { closeDispatcher } from '../fetch/dispatcher.js';
import { parseColumnsConfig, type ColumnSpec } from '../mirror/columns-config.js';
import { FULL_TEXT_MODES, type FullTextMode } from '../mirror/feed.js';
import type { MirrorEntry } from '../mirror/mirror-column.js';
import type { Column } from '../mirror/mirror.js';
import { resolveColumns } from '../mirror/resolve-columns.js';
import { addPostOptions, flagSettings, positive, type PostFlags } from './options.js';
import { entryLines, summaryLine } from './report.js';

/** The exit code cron wrappers know as "temporary failure, try later" (EX_TEMPFAIL). */
export const EXIT_LOCKED = 75;

const EXAMPLES = `
Examples:
  Mirror a feed into a Hexo blog, in the seed's format:
    $ mdarchive mirror https://www.woshipm.com/feed -o ~/blog/source/_posts --body html \\
        --category 新媒体 --category 人人都是产品经理 --category 最新文章

  A listing page without a feed: pick its article links:
    $ mdarchive mirror https://example.com/news/ --link-selector 'h2.entry-title a' -o posts

  From cron, every column of a config file (see README), quiet unless something fails:
    */30 * * * * mdarchive mirror --config ~/blog/columns.yml

  See what the next run would write, touching nothing:
    $ mdarchive mirror --config ~/blog/columns.yml --dry-run
`;

interface MirrorFlags extends PostFlags {
  maxItems?: number;
  linkSelector?: string;
  fullText?: FullTextMode;
  refresh?: boolean;
  dryRun?: boolean;
  summary?: boolean;
}

/** The columns, each with its options; and the lines --verbose shows about the blogs they write into. */
async function columnsFrom(args: string[], flags: MirrorFlags): Promise<{ columns: Column[]; blogNotes: string[] }> {
  const config = flags.config ? await loadConfigWith(flags.config, parseColumnsConfig) : { defaults: {}, columns: [] };
  const specs: ColumnSpec[] = [...config.columns, ...args.map((source) => ({ source, settings: config.defaults }))];
  if (!specs.length) throw new ConfigError('nothing to mirror: give a feed or listing URL, or --config with columns');
  return resolveColumns(specs, {
    layers: [{ maxItems: flags.maxItems }, flagSettings(flags)],
    linkSelector: flags.linkSelector,
    fullText: flags.fullText,
    refresh: flags.refresh ?? false,
    dryRun: flags.dryRun ?? false,
  });
}

function printEntry(entry: MirrorEntry, flags: MirrorFlags): void {
  if (entry.status === 'would-write') process.stdout.write(`would write ${entry.output}  (${entry.title})\n`);
  else if (entry.status === 'written' && flags.verbose && !flags.json) process.stdout.write(`wrote ${entry.output}\n`);
  for (const line of entryLines(entry)) process.stderr.write(`${line}\n`);
}

async function runMirror(args: string[], flags: MirrorFlags): Promise<number> {
  const { columns, blogNotes } = await columnsFrom(args, flags);
  if (flags.verbose) for (const line of blogNotes) process.stderr.write(`mdarchive: ${line}\n`);
  const started = performance.now();
  // Loaded when used: the parsers behind it are not needed to start the program.
  const { mirrorColumns } = await import('../api/mirror.js');
  let outcome;
  try {
    outcome = await mirrorColumns(columns, {
      onEntry: (entry) => printEntry(entry, flags),
      onNote: (line) => process.stderr.write(`mdarchive: ${line}\n`),
    });
  } finally {
    await closeDispatcher();
  }
  if (!outcome.ok) {
    process.stderr.write(`mdarchive: ${outcome.problem.source}: ${outcome.problem.reason}\n`);
    return EXIT_LOCKED;
  }
  const { notes: _, ...report } = outcome.report;
  if (flags.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else if (flags.summary || flags.verbose) process.stdout.write(`${summaryLine(report, (performance.now() - started) / 1000)}\n`);
  return report.failed > 0 ? 1 : 0;
}

export function mirrorCommand(setExit: (code: number) => void): Command {
  const cmd = new Command('mirror')
    .description('archive what is new in a column (a feed, or a listing page), never twice, never half')
    .argument('[source...]', 'feed URL or file (RSS, Atom, JSON Feed), or an HTML listing page');
  return addPostOptions(cmd)
    .option('--config <columns.yml>', 'YAML settings and a list of columns (see README)')
    .option('--link-selector <css>', 'on a listing page without a feed: the article links')
    .addOption(new Option('--full-text <mode>', 'item body from the feed, its page, or auto (default: auto)').choices(FULL_TEXT_MODES))
    .option('--refresh', 'archive again the items already archived (their files are rewritten)')
    .option('--dry-run', 'list what would be written; touch neither posts nor state')
    .option('--summary', 'print one summary line')
    .option('--max-items <n>', 'new items one run takes from a column, oldest first; the rest wait for later runs (default: 1000)', positive('--max-items'))
    .addHelpText('after', EXAMPLES)
    .action(async (args: string[], flags: MirrorFlags) => setExit(await runMirror(args, flags)));
}

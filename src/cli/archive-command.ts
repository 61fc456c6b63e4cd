// `mdarchive archive`: sources to posts.
import { Command } from 'commander';
import { archiveAll } from '../archive.js';
import { ConfigError, loadConfig } from '../config.js';
import { closeDispatcher } from '../fetch/dispatcher.js';
import { expandSources } from '../source/expand.js';
import { addPostOptions, resolveOptions, type PostFlags } from './options.js';
import { entryLine, newReport, record, summaryLine } from './report.js';

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
}

async function runArchive(args: string[], flags: ArchiveFlags): Promise<number> {
  if (!args.length && flags.input === undefined) throw new ConfigError('nothing to archive: give a URL, file or folder, - for standard input, or --input <list>');
  if (flags.input === '-' && args.includes('-')) throw new ConfigError('standard input can be read once: use --input - or -, not both');
  const fromConfig = flags.config ? await loadConfig(flags.config) : {};
  const options = resolveOptions(flags, fromConfig, { force: flags.force });
  if (options.out === '-' && options.json) throw new ConfigError('--json and -o - both write to standard output: choose one');
  const started = performance.now();
  const report = newReport();
  try {
    await archiveAll(expandSources(args, flags.input), options, (entry, post) => {
      record(report, entry);
      if (post && options.out === '-') process.stdout.write(post.content);
      const line = entryLine(entry);
      if (line) process.stderr.write(`${line}\n`);
    });
  } finally {
    await closeDispatcher();
  }
  if (options.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else if (process.stderr.isTTY && options.out !== '-') process.stderr.write(`${summaryLine(report, (performance.now() - started) / 1000)}\n`);
  return report.failed > 0 ? 1 : 0;
}

export function archiveCommand(setExit: (code: number) => void): Command {
  const cmd = new Command('archive')
    .description('fetch or read article HTML and write one post per article')
    .argument('[source...]', 'http(s) URL, HTML file, folder of .html/.htm files, or - for standard input (a page, or a list of URLs)');
  return addPostOptions(cmd)
    .option('--input <file>', 'read more sources from a list file (one per line, # comments; - for standard input)')
    .option('--config <file.yml>', 'YAML settings: the same names as these flags, plus per-site rules under sites:')
    .option('--force', 'overwrite existing posts (default: skip them)')
    .addHelpText('after', EXAMPLES)
    .action(async (args: string[], flags: ArchiveFlags) => setExit(await runArchive(args, flags)));
}

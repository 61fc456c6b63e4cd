// The command line: parse flags into one options object, run the pipeline, report, exit.
import { Command, CommanderError, Option } from 'commander';
import { archiveAll } from '../archive.js';
import { BODY_FORMATS, bodyFormat, ConfigError, loadConfig, mergeOptions, nonNegativeInt, parseHeaders, positiveInt, type ArchiveOptions } from '../config.js';
import { closeDispatcher } from '../fetch/dispatcher.js';
import { expandSources } from '../source/expand.js';
import { VERSION } from '../version.js';
import { validateTemplate } from '../write/file-name.js';
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

  From cron, with settings and per-site rules in a YAML file:
    */30 * * * * mdarchive archive --config ~/blog/mdarchive.yml https://example.com/a.html --json > last-run.json
`;

const collect = (value: string, previous: string[] = []) => [...previous, value];
const positive = (name: string) => (value: string) => positiveInt(name, value);
const nonNegative = (name: string) => (value: string) => nonNegativeInt(name, value);

interface Flags {
  out?: string;
  body?: string;
  category?: string[];
  author?: string;
  comments?: boolean;
  imageProxy?: string;
  selector?: string;
  config?: string;
  filename?: string;
  force?: boolean;
  json?: boolean;
  verbose?: boolean;
  timeout?: number;
  maxBytes?: number;
  retries?: number;
  userAgent?: string;
  header?: string[];
  proxy?: string;
  concurrency?: number;
  perHost?: number;
  delay?: number;
  input?: string;
}

async function resolveOptions(flags: Flags): Promise<ArchiveOptions> {
  const fromConfig = flags.config ? await loadConfig(flags.config) : {};
  const options = mergeOptions(fromConfig, {
    out: flags.out,
    body: flags.body === undefined ? undefined : bodyFormat(flags.body),
    categories: flags.category ?? [],
    author: flags.author,
    comments: flags.comments,
    imageProxy: flags.imageProxy,
    selector: flags.selector,
    filename: flags.filename,
    force: flags.force,
    json: flags.json,
    verbose: flags.verbose,
    timeout: flags.timeout,
    maxBytes: flags.maxBytes,
    retries: flags.retries,
    userAgent: flags.userAgent,
    headers: flags.header && { ...fromConfig.headers, ...parseHeaders(flags.header) },
    proxy: flags.proxy,
    concurrency: flags.concurrency,
    perHost: flags.perHost,
    delay: flags.delay,
  });
  validateTemplate(options.filename);
  if (options.out === '-' && options.json) throw new ConfigError('--json and -o - both write to standard output: choose one');
  return options;
}

async function runArchive(args: string[], flags: Flags): Promise<number> {
  if (!args.length && flags.input === undefined) throw new ConfigError('nothing to archive: give a URL, file or folder, - for standard input, or --input <list>');
  if (flags.input === '-' && args.includes('-')) throw new ConfigError('standard input can be read once: use --input - or -, not both');
  const options = await resolveOptions(flags);
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

function program(setExit: (code: number) => void): Command {
  const cli = new Command('mdarchive')
    .description('Archive web articles as Markdown posts (Hexo front-matter).')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .showSuggestionAfterError(false)
    .configureOutput({ outputError: (text, write) => write(text.replace(/^error: /, 'mdarchive: ')) });
  cli
    .command('archive')
    .description('fetch or read article HTML and write one post per article')
    .argument('[source...]', 'http(s) URL, HTML file, folder of .html/.htm files, or - for standard input (a page, or a list of URLs)')
    .option('--input <file>', 'read more sources from a list file (one per line, # comments; - for standard input)')
    .option('-o, --out <dir>', "output folder, or - for standard output (default: '.')")
    .addOption(new Option('--body <format>', 'body format (default: markdown)').choices(BODY_FORMATS))
    .option('--category <name>', 'a category; repeat for several, order kept', collect)
    .option('--author <name>', 'author to write instead of the extracted one')
    .option('--comments', 'write comments: true')
    .option('--image-proxy <prefix>', 'prefix for every image URL (front-matter and body)')
    .option('--selector <css>', 'CSS selector of the article body container')
    .option('--config <file.yml>', 'YAML settings: the same names as these flags, plus per-site rules under sites:')
    .option('--filename <template>', 'file name template: {slug} {date} {id} {name} (default: {slug}.md)')
    .option('--force', 'overwrite existing posts (default: skip them)')
    .option('--json', 'print a JSON report on standard output')
    .option('--verbose', 'show the cause of each failure in full')
    .option('--timeout <ms>', 'total time limit per URL (default: 30000)', positive('--timeout'))
    .option('--max-bytes <n>', 'largest page to read, after decompression (default: 20 MiB)', positive('--max-bytes'))
    .option('--retries <n>', 'tries again on network errors, 5xx and 429 (default: 3)', nonNegative('--retries'))
    .option('--user-agent <ua>', 'User-Agent header (default: mdarchive/<version> and its repository)')
    .option('--header <"Name: value">', 'extra request header, e.g. a cookie; repeatable', collect)
    .option('--proxy <url>', 'HTTP proxy (default: from HTTPS_PROXY/HTTP_PROXY, honouring NO_PROXY)')
    .option('--concurrency <n>', 'pages fetched and converted at once (default: 4)', positive('--concurrency'))
    .option('--per-host <n>', 'requests in flight to one host (default: 2)', positive('--per-host'))
    .option('--delay <ms>', 'pause between requests to the same host (default: 0)', nonNegative('--delay'))
    .addHelpText('after', EXAMPLES)
    .action(async (args: string[], flags: Flags) => setExit(await runArchive(args, flags)));
  cli.addHelpText('after', EXAMPLES);
  return cli;
}

export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  try {
    await program((code) => (exitCode = code)).parseAsync(argv);
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof ConfigError) {
      process.stderr.write(`mdarchive: ${err.message}\n`);
      return 2;
    }
    const verbose = argv.includes('--verbose');
    process.stderr.write(`mdarchive: internal error: ${verbose ? (err as Error).stack : (err as Error).message}\n`);
    return 1;
  }
}

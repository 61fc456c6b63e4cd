// Command-line arguments to Sources: URLs, files, folders walked as a stream, stdin.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Problem, Source } from '../types.js';
import { walkFolder, type WalkFilter } from './walk.js';

/** scheme://…, and the schemes written without slashes (data:, javascript:…). */
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\/|^(?:data|javascript|vbscript|blob|about|mailto):/i;

export type Expanded = { source: Source } | { problem: Problem };

const problem = (source: string, code: string, reason: string): Expanded => ({
  problem: { source, stage: 'source', code, reason },
});

function fsReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return code ?? String(err);
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Non-empty, non-comment lines of a list of URLs or paths, read as a stream. */
async function* listLines(stream: Readable): AsyncGenerator<string> {
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    const entry = line.trim();
    if (entry && !entry.startsWith('#')) yield entry;
  }
}

/** Standard input holds either one HTML page or a list of URLs and paths. */
async function* expandStdin(filter: WalkFilter): AsyncGenerator<Expanded> {
  const bytes = await readAll(process.stdin);
  const head = bytes.subarray(0, 2048).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
  if (bytes.length === 0 || head.startsWith('<') || /<(?:html|body|head|p|div)\b/i.test(head)) {
    yield { source: { kind: 'stdin', bytes } };
    return;
  }
  const lines = bytes.toString('utf8').split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  yield* expandArgs(lines, filter);
}

/**
 * Turns the arguments (then the --input list, if any) into Sources, in order; a bad
 * argument becomes a Problem, not an exception.
 */
export async function* expandSources(args: Iterable<string> | AsyncIterable<string>, input: string | undefined, filter: WalkFilter): AsyncGenerator<Expanded> {
  yield* expandArgs(args, filter);
  if (input === undefined) return;
  if (input === '-') {
    yield* expandArgs(listLines(process.stdin), filter);
    return;
  }
  const stream = createReadStream(input);
  const opened = await new Promise<unknown>((resolve) => stream.once('open', () => resolve(undefined)).once('error', resolve));
  if (opened) yield problem(input, 'input-list', `cannot read the --input list: ${fsReason(opened)}`);
  else yield* expandArgs(listLines(stream), filter);
}

async function* expandArgs(args: Iterable<string> | AsyncIterable<string>, filter: WalkFilter): AsyncGenerator<Expanded> {
  for await (const arg of args) {
    if (arg === '-') {
      yield* expandStdin(filter);
      continue;
    }
    if (URL_SCHEME.test(arg)) {
      if (/^https?:\/\//i.test(arg)) yield { source: { kind: 'url', url: arg } };
      else yield problem(arg, 'unsupported-scheme', 'only http and https URLs can be fetched');
      continue;
    }
    let info;
    try {
      info = await stat(arg);
    } catch (err) {
      yield problem(arg, 'not-found', fsReason(err));
      continue;
    }
    if (info.isFile()) {
      yield { source: { kind: 'file', path: arg } };
      continue;
    }
    if (!info.isDirectory()) {
      yield problem(arg, 'not-a-file', 'not a regular file or folder');
      continue;
    }
    let count = 0;
    for await (const walked of walkFolder(arg, filter)) {
      if ('problem' in walked) yield problem(walked.problem.path, 'walk', walked.problem.reason);
      else {
        count++;
        yield { source: { kind: 'file', path: walked.file, root: arg } };
      }
    }
    if (count === 0) yield problem(arg, 'empty-folder', 'no .html or .htm files in this folder');
  }
}

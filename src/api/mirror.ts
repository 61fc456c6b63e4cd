// mirror(config): the library's `mdarchive mirror`, from a columns.yml or the same settings as
// an object; the report is the CLI's --json report.
import { ConfigError, loadConfigWith } from '../config.js';
import { holdDispatcher } from '../fetch/dispatcher.js';
import { parseColumns, parseColumnsConfig, type ColumnsConfig } from '../mirror/columns-config.js';
import type { FullTextMode } from '../mirror/feed.js';
import type { ColumnReport, MirrorEntry } from '../mirror/mirror-column.js';
import { mirror as mirrorAll, type Column } from '../mirror/mirror.js';
import { resolveColumns } from '../mirror/resolve-columns.js';
import type { Problem } from '../types.js';
import { configKeys, type Options } from './options.js';

/** A level of a columns.yml: settings its columns inherit, a source, more columns. */
export interface MirrorColumnConfig extends Options {
  source?: string;
  linkSelector?: string;
  fullText?: FullTextMode;
  columns?: MirrorColumnConfig[];
}

export interface MirrorReport {
  results: MirrorEntry[];
  written: number;
  skipped: number;
  failed: number;
  columns: ColumnReport[];
  /** What the run left for later (--max-items), and the blog settings taken. */
  notes: string[];
}

export type MirrorResult = { ok: true; report: MirrorReport } | { ok: false; problem: Problem };

export interface MirrorListeners {
  onEntry?: (entry: MirrorEntry) => void;
  onNote?: (line: string) => void;
}

/** Mirrors resolved columns, telling listeners of each result and note as they come; a folder another run holds is the problem. */
export async function mirrorColumns(columns: Column[], { onEntry, onNote }: MirrorListeners = {}, notes: string[] = []): Promise<MirrorResult> {
  const results: MirrorEntry[] = [];
  const outcome = await mirrorAll(columns, (entry) => {
    results.push(entry);
    onEntry?.(entry);
  }, (line) => {
    notes.push(line);
    onNote?.(line);
  });
  if ('locked' in outcome) {
    const { folder, pid } = outcome.locked;
    return { ok: false, problem: { source: folder, stage: 'write', code: 'locked', reason: `another mirror run (process ${pid}) is writing here; nothing done` } };
  }
  const count = (status: MirrorEntry['status']) => results.filter((r) => r.status === status).length;
  return { ok: true, report: { results, written: count('written'), skipped: count('skipped'), failed: count('failed'), columns: outcome.columns, notes } };
}

/** A setting that cannot be used (its reason names the file, when there is one); anything else is a bug. */
function configProblem(err: unknown): { ok: false; problem: Problem } {
  if (err instanceof ConfigError) return { ok: false, problem: { source: 'config', stage: 'config', code: 'config', reason: err.message } };
  throw err;
}

async function readConfig(config: string | MirrorColumnConfig): Promise<ColumnsConfig | { ok: false; problem: Problem }> {
  try {
    return typeof config === 'string' ? await loadConfigWith(config, parseColumnsConfig) : parseColumns(configKeys(config));
  } catch (err) {
    return configProblem(err);
  }
}

/**
 * Mirrors every column of `config` (a columns.yml path, or its settings as an object), never an
 * item twice; `refresh` archives known items again, `dryRun` writes nothing.
 */
export async function mirror(config: string | MirrorColumnConfig, run: { refresh?: boolean; dryRun?: boolean } = {}): Promise<MirrorResult> {
  const read = await readConfig(config);
  if ('problem' in read) return read;
  if (!read.columns.length) return configProblem(new ConfigError("nothing to mirror: the config has no 'columns'"));
  let resolved;
  try {
    resolved = await resolveColumns(read.columns, { layers: [], refresh: run.refresh ?? false, dryRun: run.dryRun ?? false });
  } catch (err) {
    return configProblem(err);
  }
  const release = holdDispatcher();
  try {
    return await mirrorColumns(resolved.columns, {}, [...resolved.blogNotes]);
  } finally {
    await release();
  }
}

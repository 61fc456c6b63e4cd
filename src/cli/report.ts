// What the user sees: one stderr line per problem, the --json report, a closing summary.
import type { ReportEntry } from '../archive.js';

export interface Report {
  results: ReportEntry[];
  written: number;
  skipped: number;
  failed: number;
}

export function newReport(): Report {
  return { results: [], written: 0, skipped: 0, failed: 0 };
}

/** Counts the entry; keeps it only for the --json report, so that memory stays flat on 100,000 pages. */
export function record(report: Report, entry: ReportEntry, keep: boolean): void {
  if (keep) report.results.push(entry);
  report[entry.status]++;
}

/** The one line a failed or skipped source gets on stderr; nothing for a written one. */
/** The lines a source gets on stderr: its failure or skip, and its warnings; none when all went well. */
export function entryLines(entry: Pick<ReportEntry, 'source' | 'error' | 'warnings'> & { status: string }): string[] {
  const lines = (entry.warnings ?? []).map((w) => `mdarchive: ${entry.source}: ${w}`);
  if (entry.status === 'failed') lines.unshift(`mdarchive: ${entry.source}: ${entry.error}`);
  if (entry.status === 'skipped') lines.unshift(`mdarchive: ${entry.source}: skipped, ${entry.error}`);
  return lines;
}

export function summaryLine(report: Pick<Report, 'written' | 'skipped' | 'failed'>, seconds: number): string {
  return `mdarchive: ${report.written} written, ${report.skipped} skipped, ${report.failed} failed in ${seconds.toFixed(1)} s`;
}

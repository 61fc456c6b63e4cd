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

export function record(report: Report, entry: ReportEntry): void {
  report.results.push(entry);
  report[entry.status]++;
}

/** The one line a failed or skipped source gets on stderr; nothing for a written one. */
export function entryLine(entry: ReportEntry): string | undefined {
  if (entry.status === 'failed') return `mdarchive: ${entry.source}: ${entry.error}`;
  if (entry.status === 'skipped') return `mdarchive: ${entry.source}: skipped, ${entry.error}`;
  return undefined;
}

export function summaryLine(report: Pick<Report, 'written' | 'skipped' | 'failed'>, seconds: number): string {
  return `mdarchive: ${report.written} written, ${report.skipped} skipped, ${report.failed} failed in ${seconds.toFixed(1)} s`;
}

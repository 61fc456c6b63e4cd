// What the user sees: one stderr line per problem, the --json report, a closing summary.
import type { ReportEntry } from '../archive.js';

export interface Report {
  written: number;
  skipped: number;
  failed: number;
}

export function newReport(): Report {
  return { written: 0, skipped: 0, failed: 0 };
}

export function record(report: Report, entry: ReportEntry): void {
  report[entry.status]++;
}

/**
 * The --json report, `{ "results": [...], "written": n, "skipped": n, "failed": n }`, written
 * entry by entry as the results come (in input order), so that memory stays flat on 100,000
 * pages; the bytes are those of JSON.stringify(report, null, 2).
 */
export function jsonReport(write: (text: string) => void): { add(entry: ReportEntry): void; end(report: Report): void } {
  let entries = 0;
  return {
    add(entry) {
      write(`${entries++ ? ',' : '{\n  "results": ['}\n${JSON.stringify(entry, null, 2).replace(/^/gm, '    ')}`);
    },
    end(report) {
      const counts = JSON.stringify(report, null, 2).slice(1); // "\n  "written": …\n}"
      write(`${entries ? '\n  ]' : '{\n  "results": []'},${counts}\n`);
    },
  };
}

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

// Each column's options: defaults < the blog its folder lies in < the column's settings (as the
// config file inherits them) < what the run says (flags, or the API's options).
import { ConfigError, type Settings } from '../config.js';
import { blogLines, resolveOptions } from '../resolve-options.js';
import type { ColumnExtras, ColumnSpec } from './columns-config.js';
import type { Column } from './mirror.js';

export interface RunSettings extends ColumnExtras {
  layers: Settings[];
  refresh: boolean;
  dryRun: boolean;
}

/** The columns ready to mirror, and what each blog they write into gave (one line a setting). */
export async function resolveColumns(specs: ColumnSpec[], run: RunSettings): Promise<{ columns: Column[]; blogNotes: string[] }> {
  const notes = new Set<string>();
  const columns = await Promise.all(specs.map(async ({ source, settings }) => {
    const { options, blog } = await resolveOptions([settings, ...run.layers]);
    if (options.out === '-') throw new ConfigError('mirror writes into a folder: -o - is for archive');
    if (blog) blogLines(blog).forEach((line) => notes.add(line));
    return {
      source,
      options: {
        ...options,
        linkSelector: run.linkSelector ?? settings.linkSelector,
        fullText: run.fullText ?? settings.fullText ?? 'auto',
        refresh: run.refresh,
        dryRun: run.dryRun,
      },
    };
  }));
  return { columns, blogNotes: [...notes] };
}

// When a saved page was retrieved, as its saver notes it: SingleFile's comment at the top of the
// file ("saved date: Tue Mar 05 2024 10:30:00 GMT+0800 (China Standard Time)").

/** How far into the file the saver's note may stand (after the doctype and the <html> tag). */
const NOTE_WITHIN = 4096;
const SAVED_DATE = /<!--[^]*?\bsaved date:\s*([^\n]+?)\s*(?:\n|-->)/i;

export function savedAt(html: string): Date | undefined {
  const m = SAVED_DATE.exec(html.slice(0, NOTE_WITHIN));
  const date = m ? new Date(m[1]!.replace(/\s*\([^)]*\)\s*$/, '')) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

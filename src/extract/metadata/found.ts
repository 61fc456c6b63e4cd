/** A metadata value and where it came from (shown by --explain). */
export interface Found<T> {
  value: T;
  from: string;
  /** For a date: the UTC offset its text stated ("+05:30", "Z"), the zone the page shows it in. */
  zone?: string;
  /** For a date: the text gives a day without a time of day (a calendar date, held as midnight UTC). */
  dateOnly?: true;
  /** For an author: an outlet a source line credits ("稿源：快科技"), not a person. */
  outlet?: true;
}

/** The first source in order that yields a value. */
export function firstFound<T>(...attempts: (() => Found<T> | undefined)[]): Found<T> | undefined {
  for (const attempt of attempts) {
    const found = attempt();
    if (found) return found;
  }
  return undefined;
}

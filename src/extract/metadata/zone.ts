// Wall-clock times in an IANA zone (the --timezone option), via Intl: no zone database of our own.

/** The zone's canonical name when the platform knows it ("asia/shanghai" → "Asia/Shanghai"), else undefined. */
export function ianaZone(zone: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** The zone's offset from UTC, in minutes east, at the instant `utcMs`. */
export function offsetAt(zone: string, utcMs: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
  }).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

/** The instant a wall-clock time (given as if it were UTC) shows in `zone`. */
export function wallClockIn(zone: string, wallMs: number): number {
  // Two passes settle the offset across a daylight-saving change.
  const first = wallMs - offsetAt(zone, wallMs) * 60_000;
  return wallMs - offsetAt(zone, first) * 60_000;
}

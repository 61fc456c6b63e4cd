// Politeness: at most `perHost` requests in flight to one host, and `delay` ms between
// the starts of two requests to the same host.
import { setTimeout as sleep } from 'node:timers/promises';

interface HostState {
  active: number;
  waiting: (() => void)[];
  nextStart: number;
}

export class HostLimiter {
  private readonly hosts = new Map<string, HostState>();

  constructor(
    private readonly perHost: number,
    private readonly delay: number,
  ) {}

  /** Waits for a slot on the host; call the returned function when the request is done. */
  async acquire(host: string): Promise<() => void> {
    let state = this.hosts.get(host);
    if (!state) this.hosts.set(host, (state = { active: 0, waiting: [], nextStart: 0 }));
    const slot = state;
    if (slot.active >= this.perHost) await new Promise<void>((resolve) => slot.waiting.push(resolve));
    else slot.active++;
    const wait = slot.nextStart - Date.now();
    slot.nextStart = Math.max(Date.now(), slot.nextStart) + this.delay;
    if (wait > 0) await sleep(wait);
    return () => {
      const next = slot.waiting.shift();
      if (next) next(); // the slot passes straight to the next waiter
      else slot.active--;
    };
  }
}

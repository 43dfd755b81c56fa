/**
 * Login throttling (OWASP Authentication Cheat Sheet): after `max` failed logins within
 * `windowMs` for one account, or from one address, further attempts are refused
 * (429) until the oldest failure leaves the window, whether or not the password is
 * right. A success clears the account's failures, not the address's. In memory: a
 * restart forgets, which costs an attacker a restart they cannot cause.
 */
export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly now: () => number = Date.now,
    readonly max = 5,
    readonly windowMs = 15 * 60 * 1000,
  ) {}

  /** Seconds until the first of `keys` is allowed again; 0 when none is blocked. */
  retryAfter(keys: readonly string[]): number {
    const t = this.now();
    let wait = 0;
    for (const k of keys) {
      const times = this.recent(k, t);
      if (times.length >= this.max) wait = Math.max(wait, Math.ceil((times[times.length - this.max] + this.windowMs - t) / 1000));
    }
    return wait;
  }

  fail(keys: readonly string[]): void {
    const t = this.now();
    // made-up account names would otherwise pile up; a blocked address cannot add more
    if (this.failures.size > 10_000) for (const k of [...this.failures.keys()]) if (this.recent(k, t).length === 0) this.failures.delete(k);
    for (const k of keys) this.failures.set(k, [...this.recent(k, t), t]);
  }

  /** Keys with failures on record (expired ones may linger until the next prune). */
  get size(): number {
    return this.failures.size;
  }

  clear(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, t: number): number[] {
    return (this.failures.get(key) ?? []).filter((x) => x > t - this.windowMs);
  }
}

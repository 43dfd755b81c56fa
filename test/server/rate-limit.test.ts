import { describe, expect, it } from 'vitest';
import { LoginLimiter } from '../../src/server/users/rate-limit.js';

describe('LoginLimiter', () => {
  it('LoginLimiter blocks a key after 5 failures in 15 minutes and says for how long', () => {
    let t = 0;
    const l = new LoginLimiter(() => t);
    for (let i = 0; i < 4; i++) {
      l.fail(['user:a']);
      t += 60_000;
    }
    expect(l.retryAfter(['user:a'])).toBe(0);
    l.fail(['user:a']);
    // the first failure (t = 0) leaves the window at 15 min; now is 4 min
    expect(l.retryAfter(['user:a', 'ip:x'])).toBe(11 * 60);
    t = 15 * 60_000 + 1;
    expect(l.retryAfter(['user:a'])).toBe(0);
  });

  it('LoginLimiter forgets expired keys once many have piled up', () => {
    let t = 0;
    const l = new LoginLimiter(() => t);
    for (let i = 0; i <= 10_000; i++) l.fail([`user:${i}`]);
    t += 16 * 60_000;
    l.fail(['user:new']);
    expect(l.size).toBe(1);
  });
});

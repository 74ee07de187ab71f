import { describe, expect, it } from 'vitest';
import { createHostLimiter, hostOf } from './host-limiter.js';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('createHostLimiter', () => {
  it('never exceeds the per-host and total limits, and reaches them', async () => {
    const limiter = createHostLimiter({ perHost: 2, total: 5 });
    const running = new Map<string, number>();
    let total = 0;
    let peakTotal = 0;
    const peakByHost = new Map<string, number>();
    const hosts = ['a.example', 'b.example', 'c.example', 'd.example'];
    const tasks = Array.from({ length: 60 }, (_, i) => {
      const host = hosts[i % hosts.length]!;
      return limiter.run(host, async () => {
        total++;
        const mine = (running.get(host) ?? 0) + 1;
        running.set(host, mine);
        peakTotal = Math.max(peakTotal, total);
        peakByHost.set(host, Math.max(peakByHost.get(host) ?? 0, mine));
        await tick(1 + (i % 3));
        running.set(host, (running.get(host) ?? 1) - 1);
        total--;
        return i;
      });
    });
    expect(await Promise.all(tasks)).toEqual(Array.from({ length: 60 }, (_, i) => i));
    expect(peakTotal).toBe(5);
    expect(Math.max(...peakByHost.values())).toBe(2);
    expect(limiter.peak).toEqual({ total: 5, perHost: 2 });
    expect(limiter.active).toBe(0);
    expect(limiter.waiting).toBe(0);
  });

  it('starts the tasks of one host in the order they were given (FIFO)', async () => {
    const limiter = createHostLimiter({ perHost: 2, total: 3 });
    const started: string[] = [];
    const tasks = [];
    for (let i = 0; i < 12; i++) {
      const host = i % 3 === 0 ? 'slow.example' : 'fast.example';
      tasks.push(
        limiter.run(host, async () => {
          started.push(`${host}#${i}`);
          await tick(host === 'slow.example' ? 5 : 1);
        }),
      );
    }
    await Promise.all(tasks);
    for (const host of ['slow.example', 'fast.example']) {
      const order = started
        .filter((entry) => entry.startsWith(host))
        .map((entry) => Number(entry.split('#')[1]));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it('passes a rejection to its caller and frees the slot', async () => {
    const limiter = createHostLimiter({ perHost: 1, total: 1 });
    const failing = limiter.run('a', async () => {
      throw new Error('boom');
    });
    const next = limiter.run('a', async () => 'after');
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe('after');
  });

  it('refuses limits below 1', () => {
    expect(() => createHostLimiter({ perHost: 0 })).toThrow(RangeError);
    expect(() => createHostLimiter({ total: 0 })).toThrow(RangeError);
  });

  it('keys hosts by host name and port', () => {
    expect(hostOf('https://Example.com/feed')).toBe('example.com');
    expect(hostOf('http://127.0.0.1:8080/a')).toBe('127.0.0.1:8080');
  });
});

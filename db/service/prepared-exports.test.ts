import { describe, expect, it } from 'vitest';
import { EXPORT_TICKET } from '../../core/export/download.js';
import type { ExportStream } from '../../core/export/index.js';
import { EXPORT_WAIT_MS, MAX_WAITING_EXPORTS, preparedExports } from './prepared-exports.js';

const file = (name: string): ExportStream => ({ fileName: name, mediaType: 'text/plain', chunks: [name] });

describe('preparedExports', () => {
  it('gives each export its own unguessable ticket, and it back once', () => {
    const waiting = preparedExports(() => 0);
    const [a, b] = [waiting.put(file('a.md')), waiting.put(file('b.md'))];
    expect(a).toMatch(EXPORT_TICKET);
    expect(b).not.toBe(a);
    expect(waiting.take(b)?.fileName).toBe('b.md');
    expect(waiting.take(b)).toBeUndefined();
    expect(waiting.take(a)?.fileName).toBe('a.md');
    expect(waiting.take('not-a-ticket')).toBeUndefined();
  });

  it('forgets an export nobody asked for in time', () => {
    let now = 1_000;
    const waiting = preparedExports(() => now);
    const ticket = waiting.put(file('late.md'));
    now += EXPORT_WAIT_MS;
    expect(waiting.take(ticket)).toBeUndefined();
  });

  it('keeps only the newest few waiting', () => {
    const waiting = preparedExports(() => 0);
    const tickets = Array.from({ length: MAX_WAITING_EXPORTS + 1 }, (_, i) => waiting.put(file(`${i}.md`)));
    expect(waiting.take(tickets[0] ?? '')).toBeUndefined();
    expect(tickets.slice(1).map((ticket) => waiting.take(ticket)?.fileName)).toEqual(Array.from({ length: MAX_WAITING_EXPORTS }, (_, i) => `${i + 1}.md`));
  });
});

import { describe, expect, it } from 'vitest';
import { MAX_ITEMS_PER_SYNC, missingFromCopy, nextBatch, settleBatch, unusedUrls, type QueuedItem, type SyncResponseJson } from '#lib/offline/queue.ts';

const item = (key: string, occurredAt: string, kind: QueuedItem['kind'] = 'quiz'): QueuedItem => ({ key, userId: 'u1', kind, lessonId: 'c/01-a', title: `课 ${key}`, occurredAt });

describe('nextBatch', () => {
  it('sends the oldest first, at most what the server takes at once', () => {
    const queue = Array.from({ length: MAX_ITEMS_PER_SYNC + 5 }, (_, i) => item(`k${String(i).padStart(3, '0')}`, new Date(Date.UTC(2026, 11, 3, 0, 0, MAX_ITEMS_PER_SYNC + 5 - i)).toISOString()));
    const batch = nextBatch(queue);
    expect(batch).toHaveLength(MAX_ITEMS_PER_SYNC);
    expect(batch[0]?.key).toBe(`k${String(MAX_ITEMS_PER_SYNC + 4).padStart(3, '0')}`);
    expect(batch.map((b) => b.occurredAt)).toEqual([...batch.map((b) => b.occurredAt)].sort());
  });
});

describe('settleBatch', () => {
  it('removes every answered item, applied, repeated or refused, keeps the other account’s, and reports each', () => {
    const sent = [item('a', '2026-12-03T01:00:00Z'), item('b', '2026-12-03T02:00:00Z', 'lesson-complete'), item('c', '2026-12-03T03:00:00Z')];
    const response: SyncResponseJson = {
      results: [
        { key: 'a', lessonId: 'c/01-a', duplicate: false, outcome: { status: 'applied', kind: 'quiz', score: 80, passed: true } },
        { key: 'b', lessonId: 'c/01-a', duplicate: true, outcome: { status: 'refused', reason: 'quiz-required' } },
        { key: 'zz', lessonId: 'c/01-a', duplicate: false, outcome: { status: 'applied', kind: 'quiz', score: 0, passed: false } },
      ],
      otherAccount: ['c'],
      syncedAt: '2026-12-03T04:00:00Z',
    };
    const { remove, report } = settleBatch(sent, response);
    expect(remove).toEqual(['a', 'b']);
    expect(report).toEqual({
      syncedAt: '2026-12-03T04:00:00Z',
      lines: [
        { title: '课 a', kind: 'quiz', status: 'applied', score: 80, passed: true },
        { title: '课 b', kind: 'lesson-complete', status: 'refused' },
      ],
    });
  });
});

describe('saved copies', () => {
  it('names the lessons a saved copy lacks', () => {
    expect(missingFromCopy(['c/01-a', 'c/02-b'], ['c/01-a', 'c/02-b', 'c/03-c'])).toEqual(['c/03-c']);
    expect(missingFromCopy(['c/01-a'], ['c/01-a'])).toEqual([]);
  });

  it('drops only the files no other saved course uses', () => {
    expect(unusedUrls(['/courses/c/01-a', '/_astro/app.css', '/img/c.png'], [['/courses/d/01-a', '/_astro/app.css']])).toEqual(['/courses/c/01-a', '/img/c.png']);
  });
});

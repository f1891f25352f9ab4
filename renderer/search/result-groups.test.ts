import { describe, expect, it } from 'vitest';
import type { SearchResults, TextHit, TextZone } from '../../core/api.js';
import { optionsOf, resultGroups, resultsSummary } from './result-groups.js';

const hit = (witnessId: string, zone: TextZone, start: number): TextHit => ({
  documentId: 'cable',
  documentTitle: 'Cable No. 8600',
  witnessId,
  witnessLabel: witnessId === 'archive' ? 'Archive record' : 'Web page',
  start,
  end: start + 6,
  snippet: [{ text: 'Stalin', match: true }],
  zone,
});

const RESULTS: SearchResults = {
  text: [hit('archive', 'text', 10), hit('archive', 'text', 20), hit('archive', 'record', 2), hit('web', 'text', 5)],
  zones: [
    { witnessId: 'archive', zone: 'text', count: 7 },
    { witnessId: 'archive', zone: 'record', count: 1 },
    { witnessId: 'web', zone: 'text', count: 1 },
  ],
  totals: { countedUpTo: 1000, text: 9, transcriptions: 2, transcriptionsRead: 2, notes: 0, tags: 0, people: 0 },
  notes: [],
  tags: [],
  people: [],
};

const headings = (groups: ReturnType<typeof resultGroups>): unknown =>
  groups.map((group) => [`${group.heading} · ${group.count}`, ...(group.groups.length > 0 ? [headings(group.groups)] : [])]);

describe('resultGroups', () => {
  it('puts the text hits under their document, transcription and zone, each with its exact count', () => {
    const groups = resultGroups(RESULTS, {}, new Map());
    expect(headings(groups)).toEqual([
      [
        'Cable No. 8600 · 9 matches',
        [
          ['Archive record · 8 matches', [['In the text · 7 matches'], ['In the archive’s description · 1 match']]],
          ['Web page · 1 match', [['In the text · 1 match']]],
        ],
      ],
    ]);
  });

  it('offers Show all after the first few of a zone, and lists every hit once they are asked for', () => {
    const listed = optionsOf(resultGroups(RESULTS, {}, new Map()));
    expect(listed.map((option) => (option.kind === 'hit' ? option.key : option.label))).toEqual([
      'text-archive-10',
      'text-archive-20',
      'Show all 7',
      'text-archive-2',
      'text-web-5',
    ]);
    expect(listed.map((option) => option.index)).toEqual([0, 1, 2, 3, 4]);
    const every = [10, 20, 30, 40, 50, 60, 70].map((start) => hit('archive', 'text', start));
    const whole = resultGroups(RESULTS, {}, new Map([['archive-text', every]]));
    expect(optionsOf(whole).filter((option) => option.kind === 'show-all')).toEqual([]);
    expect(optionsOf(whole)).toHaveLength(9);
    // Fewer than the count even when all were asked for (over the bound): said under them.
    const bounded = resultGroups(RESULTS, {}, new Map([['archive-text', every.slice(0, 5)]]));
    expect(bounded[0]?.groups[0]?.groups[0]?.note).toBe('The first 5 of 7 are listed.');
  });

  it('sums up every count in the status line', () => {
    expect(resultsSummary(RESULTS)).toBe('9 matches in 2 transcriptions · 0 notes · 0 tags · 0 people.');
    expect(resultsSummary({ ...RESULTS, totals: { ...RESULTS.totals, transcriptions: 340, transcriptionsRead: 20, people: 1 } })).toBe(
      '9 matches in the best 20 of 340 transcriptions · 0 notes · 0 tags · 1 person.',
    );
    expect(resultsSummary({ ...RESULTS, totals: { ...RESULTS.totals, transcriptions: 1001, transcriptionsRead: 20, notes: 1001 } })).toBe(
      '9 matches in the best 20 of over 1,000 transcriptions · over 1,000 notes · 0 tags · 0 people.',
    );
  });
});

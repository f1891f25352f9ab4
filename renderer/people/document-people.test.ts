import { describe, expect, it } from 'vitest';
import type { DocumentRole, MentionProposal } from '../../core/api.js';
import type { AnchoredAnnotation } from '../../core/annotation/model.js';
import { documentPeople } from './document-people.js';

const mention = (personId: string, start: number, status: MentionProposal['status'] = 'proposed'): MentionProposal => ({
  personId,
  start,
  end: start + 5,
  text: 'Name',
  status,
});

const tag = (start: number, ...people: string[]): AnchoredAnnotation => ({
  id: `00000000-0000-4000-8000-${String(start).padStart(12, '0')}`,
  documentId: 'doc',
  motivation: 'identifying',
  note: '',
  tags: [],
  category: 'yellow',
  people,
  creator: 'Reader',
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-01T00:00:00.000Z',
  anchor: { status: 'anchored', start, end: start + 5, method: 'position' },
});

const role = (personId: string, name: DocumentRole['role']): DocumentRole => ({ personId, role: name, confirmed: false });

describe('documentPeople', () => {
  it('lists people in the order the text first names them, whether by a mention or a tag', () => {
    const people = documentPeople([], [mention('stalin', 50), mention('mao', 10)], [tag(5, 'molotov')]);
    expect(people.map((person) => person.personId)).toEqual(['molotov', 'mao', 'stalin']);
  });

  it('keeps the proposals apart from the accepted mentions, and leaves out the rejected', () => {
    const [stalin] = documentPeople([], [mention('stalin', 1), mention('stalin', 20, 'accepted'), mention('stalin', 40, 'rejected')], []);
    expect(stalin?.mentions.map((found) => found.start)).toEqual([1, 20]);
    expect(stalin?.proposed.map((found) => found.start)).toEqual([1]);
  });

  it('leaves out someone whose every mention was rejected, unless they have a role', () => {
    expect(documentPeople([], [mention('mao', 1, 'rejected')], [])).toEqual([]);
    expect(documentPeople([role('mao', 'recipient')], [mention('mao', 1, 'rejected')], []).map((person) => person.personId)).toEqual(['mao']);
  });

  it('puts people with only a role after those named, in the order of their roles', () => {
    const people = documentPeople([role('b', 'sender'), role('a', 'recipient'), role('c', 'mentioned')], [mention('c', 3)], []);
    expect(people.map((person) => person.personId)).toEqual(['c', 'b', 'a']);
    expect(people[1]?.roles).toEqual([role('b', 'sender')]);
  });
});

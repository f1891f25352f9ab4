import { afterEach, describe, expect, it } from 'vitest';
import { apiSchemas, type ApiAnswer, type ApiMethod, type ApiResult } from '../core/api.js';
import { dumpPeopleTables, SEED_IDS, seededCarrel } from './testing/people.js';
import { cleanUpScratch } from './testing/scratch.js';

afterEach(cleanUpScratch);

/** The value of a successful answer, checked against the method's result schema; fails the test otherwise. */
function value<M extends ApiMethod>(method: M, answer: ApiAnswer): ApiResult<M> {
  if (!answer.ok) throw new Error(`${method} failed: ${answer.error.message}`);
  // Indexing the schemas by a generic method widens the result to every method's; the parse has checked this one.
  return apiSchemas[method].result.parse(answer.value) as ApiResult<M>;
}

describe('the people methods through the dispatcher', () => {
  it('answer valid calls in the shape of the contract', async () => {
    const { dispatch, archiveId, documentId, faults } = seededCarrel();
    expect(value('listPeople', await dispatch('listPeople', {}))).toHaveLength(4);
    const kim = value('createPerson', await dispatch('createPerson', { preferredName: 'Kim Il-sung', aliases: [{ name: 'Kim Il Sung', kind: 'transliteration' }] }));
    expect(value('addAlias', await dispatch('addAlias', { personId: kim.id, name: 'Kim Song-ju', kind: 'variant' })).aliases).toHaveLength(2);
    expect(value('updatePerson', await dispatch('updatePerson', { id: kim.id, lifeDates: '1912–1994' })).lifeDates).toBe('1912–1994');
    const mentions = value('listMentions', await dispatch('listMentions', { witnessId: archiveId }));
    const [first] = mentions;
    if (!first) throw new Error('no mentions');
    const choice = { personId: first.personId, start: first.start, end: first.end };
    expect(value('acceptMentions', await dispatch('acceptMentions', { witnessId: archiveId, mentions: [choice] }))).toHaveLength(1);
    expect(value('listRoles', await dispatch('listRoles', { documentId })).length).toBeGreaterThan(0);
    expect(value('setRoles', await dispatch('setRoles', { documentId, roles: [{ personId: SEED_IDS.mao, role: 'recipient' }] }))).toHaveLength(1);
    expect(value('personPassages', await dispatch('personPassages', { personId: first.personId }))).toHaveLength(1);
    expect(value('mergePeople', await dispatch('mergePeople', { keepId: SEED_IDS.stalin, mergeId: kim.id })).id).toBe(SEED_IDS.stalin);
    expect(value('deletePerson', await dispatch('deletePerson', { id: SEED_IDS.molotov }))).toEqual({ id: SEED_IDS.molotov, untagged: 0 });
    expect(faults).toEqual([]);
  });

  const refusals: [string, ApiMethod, (ids: { witnessId: string; documentId: string }) => unknown, RegExp][] = [
    ['a person without a name', 'createPerson', () => ({ preferredName: '   ' }), /\(preferredName\): A person needs a name\.$/],
    ['a colour that is not #rrggbb', 'createPerson', () => ({ preferredName: 'Kim Il-sung', colour: 'red' }), /\(colour\): A colour is written #rrggbb\.$/],
    ['an authority that is not a URL', 'updatePerson', () => ({ id: SEED_IDS.mao, authorities: ['Q5816'] }), /not valid \(authorities\.0\)/],
    ['an unknown alias kind', 'addAlias', () => ({ personId: SEED_IDS.stalin, name: 'Koba', kind: 'nickname' }), /not valid \(kind\)/],
    ['an alias that is a common word', 'addAlias', () => ({ personId: SEED_IDS.stalin, name: 'the', kind: 'variant' }), /^“the” is a common word/],
    ['a merge of a person into themselves', 'mergePeople', () => ({ keepId: SEED_IDS.mao, mergeId: SEED_IDS.mao }), /^A person cannot be merged into themselves\.$/],
    ['a deletion with a confirmation that is not a yes or no', 'deletePerson', () => ({ id: SEED_IDS.mao, confirm: 'yes' }), /not valid \(confirm\)/],
    ['an empty list of mentions', 'acceptMentions', ({ witnessId }) => ({ witnessId, mentions: [] }), /not valid \(mentions\)/],
    ['a mention with a negative offset', 'rejectMentions', ({ witnessId }) => ({ witnessId, mentions: [{ personId: SEED_IDS.mao, start: -1, end: 3 }] }), /not valid \(mentions\.0\.start\)/],
    ['an unknown role', 'setRoles', ({ documentId }) => ({ documentId, roles: [{ personId: SEED_IDS.mao, role: 'author' }] }), /not valid \(roles\.0\.role\)/],
    ['21 people on one passage', 'createAnnotation', ({ witnessId }) => ({ witnessId, start: 0, end: 4, people: Array.from({ length: 21 }, (_, i) => `p${i}`) }), /at most 20 people\.$/],
    ['an unknown person on a passage', 'createAnnotation', ({ witnessId }) => ({ witnessId, start: 4, end: 16, people: ['nobody'] }), /^No person with id nobody/],
    ['an unknown person', 'personPassages', () => ({ personId: 'nobody' }), /^No person with id nobody/],
    ['an unknown witness', 'listMentions', () => ({ witnessId: 'nope' }), /^No witness with id nope/],
  ];

  it.each(refusals)('refuse %s with a readable message and change nothing', async (_, method, args, message) => {
    const { dispatch, store, archiveId, documentId, faults } = seededCarrel();
    const before = dumpPeopleTables(store);
    const answer = await dispatch(method, args({ witnessId: archiveId, documentId }));
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error.message).toMatch(message);
    expect(dumpPeopleTables(store)).toEqual(before);
    expect(faults).toEqual([]);
  });
});

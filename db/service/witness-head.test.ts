import { afterEach, describe, expect, it } from 'vitest';
import { apiSchemas } from '../../core/api.js';
import { witnessHead } from '../../core/witness/head.js';
import { seededCarrel } from '../testing/people.js';
import { cleanUpScratch } from '../testing/scratch.js';

afterEach(cleanUpScratch);

describe('the beginning of a transcription through the dispatcher', () => {
  it('is the stored transcription cut after the block reaching upTo, and the whole when it reaches the end', async () => {
    const { dispatch, archiveId } = seededCarrel();
    const answer = async (args: unknown) => {
      const got = await dispatch('getWitness', args);
      if (!got.ok) throw new Error(got.error.message);
      return apiSchemas.getWitness.result.parse(got.value);
    };
    const whole = await answer({ witnessId: archiveId });
    const head = await answer({ witnessId: archiveId, upTo: 1500 });
    expect(head).toEqual(witnessHead(whole, 1500));
    expect(head.partOf).toBe(whole.text.length);
    expect(head.text.length).toBeLessThan(whole.text.length);
    expect(await answer({ witnessId: archiveId, upTo: whole.text.length })).toEqual(whole);
  });

  it('refuses a length that is not a positive whole number', async () => {
    const { dispatch, archiveId } = seededCarrel();
    for (const upTo of [0, -3, 1.5, '100']) {
      const got = await dispatch('getWitness', { witnessId: archiveId, upTo });
      expect(!got.ok && got.error.message).toMatch(/^The request to getWitness was not valid \(upTo\)/);
    }
  });
});

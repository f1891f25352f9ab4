import { afterEach, describe, expect, it } from 'vitest';
import { apiSchemas } from '../../core/api.js';
import { annotationService, dumpAnnotationTables, refusal } from '../testing/annotations.js';
import { cleanUpScratch } from '../testing/scratch.js';

afterEach(cleanUpScratch);

describe('colour categories', () => {
  it('are the four seeded colours, in the shape of the contract', async () => {
    const { service } = annotationService('Text.');
    const categories = apiSchemas.listCategories.result.parse(await service.listCategories({}));
    expect(categories.map((c) => c.name)).toEqual(['Key claim', 'Question', 'Evidence', 'Follow up']);
  });

  it('can be renamed, and annotations keep their colour under the new name', async () => {
    const { service, witnessIds: [witnessId = ''] } = annotationService('Text to mark.');
    await service.createAnnotation({ witnessId, start: 0, end: 4, category: 'question' });
    expect(await service.renameCategory({ id: 'question', name: '  Ask the seminar ' })).toMatchObject({ id: 'question', name: 'Ask the seminar' });
    expect((await service.listCategories({}))[1]?.name).toBe('Ask the seminar');
    expect((await service.listAnnotations({ witnessId }))[0]?.category).toBe('question');
  });

  it('refuse a name another colour has, and an unknown colour, the store unchanged', async () => {
    const { service, store } = annotationService('Text.');
    const before = dumpAnnotationTables(store);
    expect(await refusal(() => service.renameCategory({ id: 'question', name: 'EVIDENCE' }))).toEqual({
      code: 'conflict',
      message: 'Another colour is already called "Evidence". Choose another name.',
    });
    expect(await refusal(() => service.renameCategory({ id: 'purple', name: 'Purple' }))).toMatchObject({ code: 'not-found' });
    expect(dumpAnnotationTables(store)).toEqual(before);
  });
});

describe('tags', () => {
  it('are offered most used first', async () => {
    const { service, witnessIds: [witnessId = ''] } = annotationService('One two three four five.');
    await service.createAnnotation({ witnessId, start: 0, end: 3, tags: ['Korea', 'army'] });
    await service.createAnnotation({ witnessId, start: 4, end: 7, tags: ['Taiwan', 'Korea'] });
    await service.createAnnotation({ witnessId, start: 8, end: 13, tags: ['Taiwan', 'Korea'] });
    expect(await service.listTags({})).toEqual(['Korea', 'Taiwan', 'army']);
  });
});

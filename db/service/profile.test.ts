import os from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { openCarrel } from '../index.js';
import { createService } from '../service.js';
import { annotationService, migratedStore, refusal } from '../testing/annotations.js';
import { cleanUpScratch, closeAfterTest, scratchFolder } from '../testing/scratch.js';

afterEach(cleanUpScratch);

describe('the reader profile', () => {
  it('names the reader after the system user until they choose a name, kept in the store', async () => {
    const { service, store } = annotationService('Text.');
    expect(await service.getProfile({})).toEqual({ creator: 'Ada Reader', askName: false });
    expect(await service.setProfile({ creator: '  A. Lovelace ' })).toEqual({ creator: 'A. Lovelace' });
    expect(await createService(store, { version: '1', userName: 'someone else' }).getProfile({})).toEqual({ creator: 'A. Lovelace', askName: false });
  });

  it('signs new annotations with the chosen name; earlier ones keep theirs', async () => {
    const { service, witnessIds: [witnessId = ''] } = annotationService('Text to sign.');
    await service.createAnnotation({ witnessId, start: 0, end: 4 });
    await service.setProfile({ creator: 'Grace' });
    await service.createAnnotation({ witnessId, start: 5, end: 7 });
    expect((await service.listAnnotations({ witnessId })).map((a) => a.creator)).toEqual(['Ada Reader', 'Grace']);
  });

  it('falls back to "Reader" when the shell knows no user name, and takes the system user by default', async () => {
    expect(await createService(migratedStore(), { version: '1' }).getProfile({})).toEqual({ creator: 'Reader', askName: true });
    expect(await createService(migratedStore(), { version: '1', userName: '   ' }).getProfile({})).toEqual({ creator: 'Reader', askName: true });
    const app = closeAfterTest(openCarrel({ dataDir: scratchFolder(), version: '1' }));
    expect((await app.service.getProfile({})).creator).toBe(os.userInfo().username.trim() || 'Reader');
  });

  it('asks for a name while notes would be signed with an account name, until one is chosen, even the same', async () => {
    const service = createService(migratedStore(), { version: '1', userName: 'root' });
    expect(await service.getProfile({})).toEqual({ creator: 'root', askName: true });
    await service.setProfile({ creator: 'root' });
    expect(await service.getProfile({})).toEqual({ creator: 'root', askName: false });
  });

  it('refuses an empty name', async () => {
    const { service } = annotationService('Text.');
    expect(await refusal(() => service.setProfile({ creator: '   ' }))).toEqual({ code: 'bad-request', message: 'Your name cannot be empty.' });
    expect(await service.getProfile({})).toEqual({ creator: 'Ada Reader', askName: false });
  });
});

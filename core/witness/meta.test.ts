import { describe, expect, it } from 'vitest';
import { layoutWitness } from './blocks.js';
import { readMeta } from './meta.js';

const metaOf = (text: string): ReturnType<typeof readMeta> => readMeta(layoutWitness(text));

describe('readMeta', () => {
  it('states nothing for a plain text that names no document', () => {
    expect(metaOf('Some notes.\n\nMore notes.')).toEqual({});
  });

  it('takes sender and recipient from a "Cable from X to Y" title when the text does not sign', () => {
    const meta = metaOf('Skip to content\n\nCable from Molotov to Zhou Enlai, on Trade\n\nThe text.');
    expect(meta).toMatchObject({ sender: 'Molotov', recipient: 'Zhou Enlai' });
  });

  it('writes a signature in capitals as a name in ordinary case', () => {
    const meta = metaOf('Dear Comrade Ivanov,\n\nThe text.\n\nA. GROMYKO-PETROV');
    expect(meta).toMatchObject({ sender: 'A. Gromyko-Petrov', recipient: 'Ivanov' });
  });

  it('takes the recipient from the salutation when there is no "For" line or title', () => {
    expect(metaOf('“Comr. Kim Il Sung!\n\nThe text.').recipient).toBe('Kim Il Sung');
  });

  it('takes the telegram number from a title when no header field gives it', () => {
    expect(metaOf('Skip to content\n\nMay 2, 1950\n\nCiphered Telegram No. 1234, Roshchin to Vyshinsky\n\nText.')).toMatchObject({
      documentNumber: '1234',
      date: '1950-05-02',
      dateText: 'May 2, 1950',
    });
  });

  it('reads the record id from the page panel when the page gives one', () => {
    expect(metaOf('Skip to content\n\nA Title\n\nText.\n\nRecord ID\n\n4242').recordId).toBe('4242');
  });

  it('does not take "Special no." for the telegram number', () => {
    expect(metaOf('Special no. 550\n\nDear Sir,\n\nText.').documentNumber).toBeUndefined();
  });
});

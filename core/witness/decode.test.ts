import { describe, expect, it } from 'vitest';
import { isCarrelError } from '../errors.js';
import { decodeWitnessText } from './decode.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The error decoding throws, so that its code and message can be checked. */
function refusal(bytes: readonly number[]): unknown {
  try {
    decodeWitnessText(Uint8Array.from(bytes));
  } catch (error) {
    return error;
  }
  throw new Error('expected the bytes to be refused');
}

describe('decodeWitnessText', () => {
  it('turns CRLF and lone CR line ends into \\n', () => {
    expect(decodeWitnessText(utf8('one\r\n\r\ntwo\rthree\n'))).toBe('one\n\ntwo\nthree\n');
  });

  it('composes decomposed letters to NFC, so offsets match what the reader sees', () => {
    expect(decodeWitnessText(utf8('Pe\u0301ter'))).toBe('Péter');
  });

  it('keeps non-breaking spaces as they are', () => {
    expect(decodeWitnessText(utf8('PEKING \u00a0To Whom'))).toBe('PEKING \u00a0To Whom');
  });

  it('drops a byte order mark', () => {
    expect(decodeWitnessText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]))).toBe('A');
  });

  it('refuses bytes that are not UTF-8 with a bad-request error naming the byte and line', () => {
    const error = refusal([0x41, 0x0a, 0x42, 0xff, 0x43]);
    expect(isCarrelError(error) && error.code).toBe('bad-request');
    expect(error).toHaveProperty('message', 'This file is not UTF-8 text: invalid byte 0xFF at byte 3 (line 2). Save it as UTF-8 and import it again.');
  });

  it('counts a byte order mark and real U+FFFD characters when locating the bad byte', () => {
    const error = refusal([0xef, 0xbb, 0xbf, 0xef, 0xbf, 0xbd, 0xc3, 0x28]);
    expect(error).toHaveProperty('message', expect.stringContaining('invalid byte 0xC3 at byte 6 (line 1)'));
  });

  it('refuses a file cut off in the middle of a character', () => {
    expect(refusal([0x41, 0xe2, 0x80])).toHaveProperty('message', expect.stringContaining('invalid byte 0xE2 at byte 1'));
  });
});

/** Turns a witness file's bytes into its reading text, the string every offset in the app points into. */
import { CarrelError } from '../errors.js';

const REPLACEMENT = '\uFFFD';
/** U+FFFD as UTF-8: a file may contain the character itself, which is not an error. */
const ENCODED_REPLACEMENT = [0xef, 0xbf, 0xbd];
const BOM = [0xef, 0xbb, 0xbf];

/**
 * Decodes UTF-8 (a leading BOM is dropped), composes to NFC and turns CRLF and lone CR into `\n`.
 * Nothing else changes: non-breaking spaces, markup and brackets stay, so that quotes taken from the
 * reading text can still be found in what the archive published. Throws a `bad-request` CarrelError when
 * the bytes are not UTF-8, rather than showing the reader replacement characters.
 */
export function decodeWitnessText(bytes: Uint8Array): string {
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CarrelError(
      'bad-request',
      `This file is not UTF-8 text: ${describeFirstBadByte(bytes)}. Save it as UTF-8 and import it again.`,
    );
  }
  // Line ends first, so that NFC never sees a CR between a base letter and its combining mark.
  return decoded.replace(/\r\n?/g, '\n').normalize('NFC');
}

/** Names the first byte that is not UTF-8, so that the reader can find the spot in another editor. */
function describeFirstBadByte(bytes: Uint8Array): string {
  // The lenient decoder puts U+FFFD where the strict one failed; map that position back to bytes.
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const encoder = new TextEncoder();
  // The decoder drops a BOM from its output but the BOM's bytes still count.
  const skipped = BOM.every((value, i) => bytes[i] === value) ? BOM.length : 0;
  for (let index = lenient.indexOf(REPLACEMENT); index !== -1; index = lenient.indexOf(REPLACEMENT, index + 1)) {
    const prefix = lenient.slice(0, index);
    const offset = skipped + encoder.encode(prefix).length;
    if (!ENCODED_REPLACEMENT.every((value, i) => bytes[offset + i] === value)) {
      const value = bytes[offset] ?? 0;
      const line = prefix.split(/\r\n?|\n/).length;
      return `invalid byte 0x${value.toString(16).toUpperCase().padStart(2, '0')} at byte ${offset} (line ${line})`;
    }
  }
  return 'the bytes are not valid UTF-8';
}

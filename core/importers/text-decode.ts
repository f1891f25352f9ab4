/**
 * A text file's bytes into its reading text, for every format that is text (plain text, Markdown): the
 * encoding is the reader's choice when they made one, else a byte order mark's, else UTF-16 told by its
 * NUL bytes, else UTF-8 when the bytes are valid UTF-8, else chardet's guess. A file that decodes into
 * NULs or many control characters is refused: it is not text, whatever its name says.
 */
import { analyse } from 'chardet';
import iconv from 'iconv-lite';
import { CarrelError, isCarrelError } from '../errors.js';
import { decodeWitnessText } from '../witness/decode.js';
import type { ImportFile } from './model.js';
import { isUtf8, resolveEncoding, UTF_8, type TextEncoding } from './text-encoding.js';

/** A text file read: its reading text (NFC, `\n` line ends) and the encoding it was read in. */
export interface DecodedText {
  text: string;
  /** The encoding's readable name ("UTF-8", "windows-1251"), for the witness. */
  encoding: string;
}

const UTF_16LE: TextEncoding = { decoder: 'utf-16le', name: 'UTF-16LE' };
const UTF_16BE: TextEncoding = { decoder: 'utf-16be', name: 'UTF-16BE' };

/** Enough bytes to tell UTF-16 by its NULs and for chardet to guess well; chardet over 10 MB takes seconds. */
const SAMPLE_BYTES = 64 * 1024;

/** The encoding a byte order mark declares, if the bytes start with one. */
function byteOrderMark(bytes: Uint8Array): TextEncoding | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return UTF_8;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return UTF_16LE;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return UTF_16BE;
  return undefined;
}

/**
 * UTF-16 without a mark, told by where its NULs fall: every ASCII character (a space, a digit, a line
 * end) is a NUL and its byte, so one parity of byte holds the NULs and the other hardly any. Binary
 * files have NULs at both.
 */
function utf16ByNuls(bytes: Uint8Array): TextEncoding | undefined {
  const pairs = Math.floor(Math.min(bytes.length, SAMPLE_BYTES) / 2);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) even += 1;
    if (bytes[i + 1] === 0) odd += 1;
  }
  // One character in fifty an ASCII one is enough for Cyrillic or Greek text with its spaces and line ends.
  const enough = Math.max(1, pairs / 50);
  if (odd >= enough && odd >= even * 4) return UTF_16LE;
  if (even >= enough && even >= odd * 4) return UTF_16BE;
  return undefined;
}

/**
 * Reads `file` as text, in the encoding the reader chose (`file.encoding`) or the one detected. A
 * `bad-request` CarrelError when the chosen encoding is unknown, when the bytes do not decode in it (UTF-8
 * only: legacy encodings decode anything), when no encoding can be guessed, or when the file is not text.
 */
export function decodeTextFile(file: ImportFile): DecodedText {
  const { encoding, text } = file.encoding === undefined ? detected(file) : chosen(file, file.encoding);
  refuseBinary(file, text);
  return { text, encoding: encoding.name };
}

function chosen(file: ImportFile, label: string): { encoding: TextEncoding; text: string } {
  const encoding = resolveEncoding(label);
  if (!encoding) {
    throw new CarrelError(
      'bad-request',
      `“${label}” is not an encoding Carrel knows: choose another one for ${file.fileName}, such as UTF-8, windows-1251 or KOI8-R.`,
    );
  }
  return { encoding, text: decodeIn(file, encoding) };
}

function detected(file: ImportFile): { encoding: TextEncoding; text: string } {
  const { bytes } = file;
  const unicode = byteOrderMark(bytes) ?? utf16ByNuls(bytes);
  // NULs that are not UTF-16's are a binary file's: say so rather than guess an encoding for it.
  if (!unicode && bytes.includes(0)) refuseNuls(file);
  const encoding = unicode ?? (isValidUtf8(bytes) ? UTF_8 : guessed(file));
  return { encoding, text: decodeIn(file, encoding) };
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** chardet's likeliest guess that iconv-lite decodes; the bytes are known not to be UTF-8 by now. */
function guessed(file: ImportFile): TextEncoding {
  for (const match of analyse(sampleForGuessing(file.bytes))) {
    if (match.name === 'UTF-8' || match.name === 'ASCII') continue;
    const encoding = resolveEncoding(match.name);
    if (encoding) return encoding;
  }
  throw new CarrelError('bad-request', `Carrel cannot tell which encoding ${file.fileName} is in: choose its encoding when you import it.`);
}

/**
 * The bytes chardet sees: from just before the first byte that is not ASCII, since the ASCII before it
 * says nothing of the encoding (an English preface would otherwise fill the whole sample).
 */
function sampleForGuessing(bytes: Uint8Array): Uint8Array {
  const first = bytes.findIndex((byte) => byte >= 0x80);
  const start = Math.max(0, first - 1024);
  return bytes.subarray(start, start + SAMPLE_BYTES);
}

function decodeIn(file: ImportFile, encoding: TextEncoding): string {
  if (isUtf8(encoding)) return utf8ReadingText(file);
  // The witness's own rule (NFC, `\n` line ends) lives in decodeWitnessText beside its UTF-8 decoding;
  // passing through UTF-8 costs one linear pass and keeps that rule in one place.
  return decodeWitnessText(new TextEncoder().encode(iconv.decode(file.bytes, encoding.decoder)));
}

function utf8ReadingText(file: ImportFile): string {
  try {
    return decodeWitnessText(file.bytes);
  } catch (error) {
    if (!isCarrelError(error)) throw error;
    // decodeWitnessText names the first bad byte ("This file is not UTF-8 text: invalid byte 0xE9 at byte
    // 12 (line 1)…") but not the file, which an import of many files must.
    throw new CarrelError('bad-request', error.message.replace(/^This file/u, file.fileName));
  }
}

/** C0 and C1 control characters that text does not hold: tab, line ends, form feed and DOS's end-of-file mark (0x1A) are text. */
function isStrayControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c && code !== 0x0d && code !== 0x1a) || (code >= 0x7f && code <= 0x9f);
}

/** Text whose characters are more than this share control characters is a binary file read as text. */
const CONTROL_SHARE = 0.02;

function refuseBinary(file: ImportFile, text: string): void {
  let controls = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0) refuseNuls(file);
    if (isStrayControl(code)) controls += 1;
  }
  // A few strays are noise an old file may carry; a binary file has them everywhere.
  if (controls > 4 && controls > text.length * CONTROL_SHARE) {
    throw new CarrelError(
      'bad-request',
      `${file.fileName} does not look like text: ${controls} of its ${text.length} characters are control characters${whatToDo(file)}`,
    );
  }
}

function refuseNuls(file: ImportFile): never {
  throw new CarrelError('bad-request', `${file.fileName} does not look like text: it has NUL bytes, as images, archives and programs do${whatToDo(file)}`);
}

function whatToDo(file: ImportFile): string {
  return file.encoding === undefined
    ? '; if it is text, choose its encoding when you import it.'
    : `, read as ${file.encoding}; choose another encoding, or import the document in its own format.`;
}

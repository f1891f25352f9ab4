/**
 * Encoding names: a label the reader chose or chardet guessed, resolved to one iconv-lite can decode and
 * to the name a reader knows it by ("windows-1251", "KOI8-R"), which the witness records.
 */
import iconv from 'iconv-lite';

/** An encoding Carrel can decode: the label iconv-lite is given, and its readable name. */
export interface TextEncoding {
  decoder: string;
  name: string;
}

/** How iconv-lite compares labels: case, punctuation and spaces do not count ("Shift_JIS" is "shiftjis"). */
function key(label: string): string {
  return label.toLowerCase().replace(/[^0-9a-z]/gu, '');
}

/**
 * WHATWG reads the Latin-1 labels as windows-1252 (which only adds printable characters where Latin-1 has
 * control codes), and so do browsers and the files they saved: curly quotes and the euro sign come back.
 */
const LATIN_1 = new Set(['iso88591', 'latin1', 'l1', 'ascii', 'usascii', 'cp819', 'ibm819', 'iso885911987']);

/** The customary spelling of names that are not simply upper case. */
const READABLE = new Map<string, string>([
  ...[0, 1, 2, 3, 4, 5, 6, 7, 8].flatMap((n): [string, string][] => [
    [`windows125${n}`, `windows-125${n}`],
    [`cp125${n}`, `windows-125${n}`],
  ]),
  ['windows874', 'windows-874'],
  ['shiftjis', 'Shift_JIS'],
  ['sjis', 'Shift_JIS'],
  ['big5', 'Big5'],
  ['cp866', 'IBM866'],
  ['maccyrillic', 'x-mac-cyrillic'],
  ['macintosh', 'macintosh'],
  ['utf8', 'UTF-8'],
  ['utf16le', 'UTF-16LE'],
  ['utf16be', 'UTF-16BE'],
  ['utf16', 'UTF-16'],
  ['koi8r', 'KOI8-R'],
  ['koi8u', 'KOI8-U'],
  ...Array.from({ length: 16 }, (_, i): [string, string] => [`iso8859${i + 1}`, `ISO-8859-${i + 1}`]),
]);

/** UTF-8, the encoding most files are in and the one tried before any guess. */
export const UTF_8: TextEncoding = { decoder: 'utf-8', name: 'UTF-8' };

/** The encoding `label` names, or undefined when iconv-lite cannot decode it. */
export function resolveEncoding(label: string): TextEncoding | undefined {
  const trimmed = label.trim();
  if (LATIN_1.has(key(trimmed))) return { decoder: 'windows-1252', name: 'windows-1252' };
  if (trimmed === '' || !iconv.encodingExists(trimmed)) return undefined;
  return { decoder: trimmed, name: READABLE.get(key(trimmed)) ?? trimmed.toUpperCase() };
}

/** True when `encoding` is UTF-8, whatever label named it. */
export function isUtf8(encoding: TextEncoding): boolean {
  return key(encoding.decoder) === 'utf8';
}

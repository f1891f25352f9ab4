/**
 * Which characters a saved page's bytes are: the reader's choice, else a byte-order mark, else the
 * page's own `<meta charset>` (or its `http-equiv` or XML form), else UTF-8; bytes that are not UTF-8
 * and declare nothing are guessed (chardet). Legacy charsets are decoded with iconv-lite.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { CarrelError } from '../errors.js';
import type { ImportFile } from './model.js';

/** A page's text and the encoding it was read in. */
export interface DecodedPage {
  html: string;
  /** "UTF-8", "UTF-16LE", or the legacy charset's label ("windows-1251"). */
  encoding: string;
}

/** How far into the file a declaration is looked for: browsers look at 1024 bytes; saved pages put long comments first. */
const PRESCAN_BYTES = 4096;
const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/iu;
const XML_ENCODING = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([\w.:-]+)["']/iu;
/** Labels that the web reads as windows-1252 (WHATWG Encoding), as browsers show such pages. */
const WINDOWS_1252 = new Set(['ascii', 'us-ascii', 'latin1', 'iso-8859-1', 'iso8859-1', 'iso_8859-1', 'l1', 'cp819', 'ibm819', 'windows-1252', 'cp1252']);
const UTF8 = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);
/** A page declaring UTF-16 in ASCII-compatible bytes is UTF-8, as browsers read it. */
const UTF16 = new Set(['utf-16', 'utf-16le', 'utf-16be', 'unicode', 'ucs-2']);

/** Decodes a page's bytes (see the module comment); a `bad-request` CarrelError for an encoding Carrel does not know. */
export function decodePage(file: ImportFile): DecodedPage {
  const { bytes } = file;
  if (file.encoding !== undefined) return decodeAs(bytes, file.encoding.trim().toLowerCase(), file.fileName);
  const bom = byteOrderMark(bytes);
  if (bom) return { html: new TextDecoder(bom).decode(bytes), encoding: bom.toUpperCase() };
  const declared = declaredCharset(bytes);
  if (declared !== undefined && !UTF8.has(declared) && !UTF16.has(declared) && knownCharset(declared)) {
    return decodeAs(bytes, declared, file.fileName);
  }
  try {
    return { html: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // Undeclared and not UTF-8: most likely a legacy single-byte page saved without its HTTP header.
    const guess = declared === undefined ? chardet.detect(bytes)?.toLowerCase() : undefined;
    if (guess !== undefined && !UTF8.has(guess) && knownCharset(guess)) return decodeAs(bytes, guess, file.fileName);
    return { html: new TextDecoder('utf-8').decode(bytes), encoding: 'UTF-8' };
  }
}

/** The start of the page as text, whatever its encoding, for recognising it: BOM-aware, else ASCII-compatible. */
export function pageOpening(bytes: Uint8Array, length: number): string {
  const bom = byteOrderMark(bytes);
  const head = bytes.subarray(0, length);
  return bom ? new TextDecoder(bom).decode(head) : asciiView(head);
}

function decodeAs(bytes: Uint8Array, label: string, fileName: string): DecodedPage {
  if (UTF8.has(label)) return { html: new TextDecoder('utf-8').decode(bytes), encoding: 'UTF-8' };
  if (label === 'utf-16le' || label === 'utf-16be') return { html: new TextDecoder(label).decode(bytes), encoding: label.toUpperCase() };
  const charset = WINDOWS_1252.has(label) ? 'windows-1252' : label;
  if (!knownCharset(charset)) {
    throw new CarrelError('bad-request', `Carrel does not know the encoding “${label}” chosen for ${fileName}: choose another, such as UTF-8 or windows-1252.`);
  }
  return { html: iconv.decode(bytes, charset), encoding: charset };
}

function knownCharset(label: string): boolean {
  return iconv.encodingExists(WINDOWS_1252.has(label) ? 'windows-1252' : label);
}

function byteOrderMark(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** The charset the page declares near its start, lower case. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const opening = asciiView(bytes.subarray(0, PRESCAN_BYTES));
  // Comments may quote markup ("<meta charset=...>" in a note about the page), so they are not read.
  const markup = opening.replace(/<!--[\s\S]*?(?:-->|$)/gu, '');
  return (XML_ENCODING.exec(markup)?.[1] ?? META_CHARSET.exec(markup)?.[1])?.toLowerCase();
}

/** Bytes as Latin-1 characters: enough to read the ASCII of markup in any ASCII-compatible charset. */
function asciiView(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

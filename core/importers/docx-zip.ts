/**
 * The ZIP archive a .docx file is, opened with care: its central directory is read first, so that an
 * archive which would unpack to far more than a document (a zip bomb) is refused before anything is
 * inflated, and each part is then inflated no further than the size the directory declared for it.
 */
import JSZip from 'jszip';
import { CarrelError } from '../errors.js';

/** One file in the archive, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

/** The most a Word document may unpack to: a 600-page document with its images fits many times over. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
/** XML compresses ten or twenty times; a part a hundred times smaller than it unpacks to is made to explode. */
export const MAX_COMPRESSION_RATIO = 100;
/** Parts this small may be compressed any amount: they cannot explode far. */
const RATIO_FLOOR_BYTES = 1024 * 1024;

/** The earliest date a ZIP can record. */
const STORED_DATE = new Date(Date.UTC(1980, 0, 1));
const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const ZIP64_EXTRA = 0x0001;
const MAX_COMMENT = 0xffff;
const UNSET_32 = 0xffffffff;
const UNSET_16 = 0xffff;

/** True when `bytes` begin as a ZIP archive does. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && readUint32(bytes, 0) === LOCAL_HEADER;
}

/** The files the archive's central directory lists; a `bad-request` CarrelError when there is none to read. */
export function zipEntries(bytes: Uint8Array, fileName: string): ZipEntry[] {
  const damaged = () => new CarrelError('bad-request', `${fileName} is a damaged ZIP archive: open it in Word, which can often repair it, and save it again as .docx.`);
  const directory = centralDirectory(bytes);
  if (!directory) throw damaged();
  const names = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let at = directory.offset;
  for (let index = 0; index < directory.count; index++) {
    if (at + 46 > bytes.length || readUint32(bytes, at) !== CENTRAL_HEADER) throw damaged();
    const nameLength = readUint16(bytes, at + 28);
    const extraLength = readUint16(bytes, at + 30);
    const commentLength = readUint16(bytes, at + 32);
    const end = at + 46 + nameLength + extraLength + commentLength;
    if (end > bytes.length) throw damaged();
    const sizes = { compressedSize: readUint32(bytes, at + 20), uncompressedSize: readUint32(bytes, at + 24) };
    readZip64Sizes(bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), sizes);
    entries.push({ name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)), ...sizes });
    at = end;
  }
  return entries;
}

/** Refuses, with one sentence, an archive that would unpack to more than a document plausibly does. */
export function refuseZipBomb(entries: readonly ZipEntry[], fileName: string): void {
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > MAX_UNPACKED_BYTES) {
    throw new CarrelError(
      'bad-request',
      `${fileName} would unpack to ${megabytes(total)} MB, more than the ${megabytes(MAX_UNPACKED_BYTES)} MB Carrel reads from a Word document, so it was not opened (it may be a zip bomb).`,
    );
  }
  const exploding = entries.find((entry) => entry.uncompressedSize > RATIO_FLOOR_BYTES && entry.uncompressedSize > MAX_COMPRESSION_RATIO * Math.max(1, entry.compressedSize));
  if (exploding) {
    const ratio = Math.round(exploding.uncompressedSize / Math.max(1, exploding.compressedSize));
    throw new CarrelError('bad-request', `${fileName} is compressed ${ratio} times over, far more than a Word document ever is, so it was not opened (it may be a zip bomb).`);
  }
}

/**
 * The archive's parts whose names pass `wanted`, inflated: each stops at the size the directory declared,
 * so an archive that lies about its sizes is refused instead of filling memory.
 */
export async function readZipParts(bytes: Uint8Array, entries: readonly ZipEntry[], wanted: (name: string) => boolean, fileName: string): Promise<Map<string, Uint8Array>> {
  let zip: JSZip;
  try {
    // Loading reads the directory and headers only; nothing is inflated until a part is read below.
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new CarrelError('bad-request', `${fileName} is a damaged ZIP archive: open it in Word, which can often repair it, and save it again as .docx.`);
  }
  const parts = new Map<string, Uint8Array>();
  for (const entry of entries) {
    const file = zip.file(entry.name);
    if (!file || file.dir || !wanted(entry.name)) continue;
    parts.set(entry.name, await inflateWithin(file, entry.uncompressedSize, fileName));
  }
  return parts;
}

/** A ZIP of `parts` stored without compression: an archive of checked parts for another library to open. */
export async function storedZip(parts: ReadonlyMap<string, Uint8Array | string>): Promise<ArrayBuffer> {
  const zip = new JSZip();
  // A fixed date: JSZip would otherwise read the clock for each part's timestamp.
  for (const [name, content] of parts) zip.file(name, content, { date: STORED_DATE });
  return zip.generateAsync({ type: 'arraybuffer', compression: 'STORE' });
}

/** JSZip's documented `internalStream`, which its typings leave out: the one way to stop inflating midway. */
interface StreamingZipObject {
  internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array>;
}

function inflateWithin(file: JSZip.JSZipObject, limit: number, fileName: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const stream = (file as unknown as StreamingZipObject).internalStream('uint8array');
    stream
      .on('data', (chunk) => {
        size += chunk.length;
        if (size > limit) {
          stream.pause();
          reject(new CarrelError('bad-request', `${fileName} holds more than its archive declares, as a zip bomb does, so it was not opened.`));
          return;
        }
        chunks.push(chunk);
      })
      .on('error', () => reject(new CarrelError('bad-request', `${fileName} is a damaged ZIP archive: open it in Word, which can often repair it, and save it again as .docx.`)))
      .on('end', () => resolve(concat(chunks, size)))
      .resume();
  });
}

/** Where the central directory is and how many entries it has; undefined when the archive has no end record. */
function centralDirectory(bytes: Uint8Array): { offset: number; count: number } | undefined {
  const lowest = Math.max(0, bytes.length - 22 - MAX_COMMENT);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (readUint32(bytes, at) !== END_OF_DIRECTORY) continue;
    let count = readUint16(bytes, at + 10);
    let offset = readUint32(bytes, at + 16);
    if (count === UNSET_16 || offset === UNSET_32) {
      // ZIP64: the real figures are in the ZIP64 end record, which a locator just before this one points at.
      const locator = at - 20;
      if (locator < 0 || readUint32(bytes, locator) !== ZIP64_END_LOCATOR) return undefined;
      const end = readUint64(bytes, locator + 8);
      if (end + 56 > bytes.length || readUint32(bytes, end) !== ZIP64_END) return undefined;
      count = readUint64(bytes, end + 32);
      offset = readUint64(bytes, end + 48);
    }
    return offset <= bytes.length ? { offset, count } : undefined;
  }
  return undefined;
}

/** Sizes too large for 32 bits are set to 0xFFFFFFFF and given in the ZIP64 extra field, in this order. */
function readZip64Sizes(extra: Uint8Array, sizes: { compressedSize: number; uncompressedSize: number }): void {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = readUint16(extra, at);
    const length = readUint16(extra, at + 2);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      if (sizes.uncompressedSize === UNSET_32 && field + 8 <= extra.length) {
        sizes.uncompressedSize = readUint64(extra, field);
        field += 8;
      }
      if (sizes.compressedSize === UNSET_32 && field + 8 <= extra.length) sizes.compressedSize = readUint64(extra, field);
      return;
    }
    at += 4 + length;
  }
}

function readUint16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

function readUint32(bytes: Uint8Array, at: number): number {
  return (readUint16(bytes, at) | (readUint16(bytes, at + 2) << 16)) >>> 0;
}

/** Exact up to 2^53, far beyond any file Carrel reads. */
function readUint64(bytes: Uint8Array, at: number): number {
  return readUint32(bytes, at) + readUint32(bytes, at + 4) * 2 ** 32;
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function megabytes(bytes: number): number {
  return Math.round(bytes / 1024 / 1024);
}

/** The part every Word document has: its text. */
export const WORD_MAIN_PART = 'word/document.xml';

/** True when the bytes contain `text` (ASCII, as ZIP entry names and OLE stream names are). */
export function includesAscii(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  for (let at = bytes.indexOf(first); at !== -1 && at + text.length <= bytes.length; at = bytes.indexOf(first, at + 1)) {
    let index = 1;
    while (index < text.length && bytes[at + index] === text.charCodeAt(index)) index++;
    if (index === text.length) return true;
  }
  return false;
}

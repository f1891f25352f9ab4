/**
 * Reading a Word document (docx.ts): mammoth's HTML of the checked archive walked as a web page is. Loaded
 * only when a Word file comes, since mammoth and the DOM take a while to load.
 */
import mammoth from 'mammoth';
import type { DocumentMeta } from '../document/model.js';
import { CarrelError } from '../errors.js';
import { CommentAnchors, markCommentRanges, readWordComments } from './docx-comments.js';
import { readWordProperties } from './docx-props.js';
import { includesAscii, isZip, readZipParts, refuseZipBomb, storedZip, WORD_MAIN_PART, zipEntries } from './docx-zip.js';
import { walkBlocks } from './html-blocks.js';
import { parseHtmlDocument } from './html-dom.js';
import type { ImportFile, ReadDocument } from './model.js';
import { ReadingText } from './reading-text.js';

/** An OLE compound file: the envelope of an encrypted .docx, and of the older binary .doc. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The stream an encrypted Office document keeps its package in, as its directory names it (UTF-16LE). */
const ENCRYPTED_PACKAGE = 'EncryptedPackage';

/**
 * Beyond mammoth's own map (Word's heading styles, lists, bold and italic): comment references, so that
 * their places are known; Word's title, quote and underline styles.
 */
const STYLE_MAP = [
  'comment-reference => sup',
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  'u => em',
];

export async function readWordDocument(file: ImportFile): Promise<ReadDocument> {
  const { bytes, fileName } = file;
  refuseOleFile(bytes, fileName);
  if (!isZip(bytes)) {
    throw new CarrelError('bad-request', `${fileName} is not a Word (.docx) document: a .docx file is a ZIP archive and this one is not, so open it in Word and save it again as .docx.`);
  }
  const entries = zipEntries(bytes, fileName);
  if (!entries.some((entry) => entry.name === WORD_MAIN_PART)) {
    throw new CarrelError('bad-request', `${fileName} is a ZIP archive but not a Word document, as it has no ${WORD_MAIN_PART}: save it from its program as a Word .docx file.`);
  }
  refuseZipBomb(entries, fileName);
  // Only the XML parts: mammoth reads nothing else once images are not decoded, and media need not be inflated.
  const parts = await readZipParts(bytes, entries, (name) => /\.(?:xml|rels)$/iu.test(name), fileName);
  const xml = (name: string) => {
    const part = parts.get(name);
    return part === undefined ? undefined : new TextDecoder('utf-8').decode(part);
  };
  const checked = new Map<string, Uint8Array | string>(parts);
  checked.set(WORD_MAIN_PART, markCommentRanges(xml(WORD_MAIN_PART) ?? ''));

  const page = parseHtmlDocument(`<!doctype html><html><body>${await convertToHtml(await storedZip(checked), fileName)}</body></html>`);
  const text = new ReadingText();
  const anchors = new CommentAnchors();
  walkBlocks(page.body ?? page.documentElement, text, { claim: anchors.claim });
  const built = text.build();
  if (built.text === '') throw new CarrelError('bad-request', `${fileName} has no text to read: it may hold only images, which Carrel does not read.`);

  const meta: DocumentMeta = readWordProperties(xml('docProps/core.xml'), xml('word/styles.xml'));
  const firstHeading = built.blocks.find((block) => block.kind === 'heading' && block.level === 1);
  meta.title ??= firstHeading ? built.text.slice(firstHeading.start, firstHeading.end) : fileName.replace(/\.[^.]+$/u, '');
  return {
    witnesses: [{ ...built, meta, source: 'docx' }],
    people: [],
    comments: anchors.place(built.text, built.blocks, readWordComments(xml('word/comments.xml'))),
  };
}

/** mammoth's HTML of the checked archive; it never reads files outside it, and images become empty tags. */
async function convertToHtml(archive: ArrayBuffer, fileName: string): Promise<string> {
  // mammoth's Node build opens `buffer`, its browser build `arrayBuffer`: both are given, so either reads it.
  const input = { arrayBuffer: archive, buffer: new Uint8Array(archive) };
  try {
    const result = await mammoth.convertToHtml(input, {
      styleMap: STYLE_MAP,
      includeEmbeddedStyleMap: false,
      externalFileAccess: false,
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    });
    return result.value;
  } catch {
    throw new CarrelError('bad-request', `${fileName} could not be read as a Word document, as its contents are damaged: open it in Word and save it again as .docx.`);
  }
}

/** An OLE file is no .docx: encrypted (password-protected), or a Word 97-2003 .doc. */
function refuseOleFile(bytes: Uint8Array, fileName: string): void {
  if (!OLE_MAGIC.every((value, index) => bytes[index] === value)) return;
  const encrypted = includesAscii(bytes, ENCRYPTED_PACKAGE.split('').join('\0'));
  throw new CarrelError(
    'bad-request',
    encrypted
      ? `${fileName} is password-protected: remove the password in Word (File, Info, Protect Document), save it, and import it again.`
      : `${fileName} is in Word’s older .doc format or is password-protected: open it in Word and save it as a .docx without a password.`,
  );
}

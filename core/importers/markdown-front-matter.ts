/**
 * A Markdown file's front matter: YAML between `---` lines at its very top (Jekyll, Hugo, Pandoc, Obsidian),
 * read into the document's metadata and left out of its reading text.
 */
import { parse, YAMLParseError } from 'yaml';
import type { DocumentMeta } from '../document/model.js';
import { CarrelError } from '../errors.js';
import { parseDateLine } from '../witness/dates.js';

/** The metadata front matter gives, and the Markdown after it. */
export interface FrontMatter {
  meta: DocumentMeta;
  body: string;
}

/** `---` on the first line, the YAML, then `---` (or Pandoc's `...`) on a line of its own. */
const FENCED = /^---[ \t]*\n(?:([\s\S]*?)\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/u;

/** The metadata fields that hold one string. */
type TextField = Exclude<keyof DocumentMeta, 'distribution' | 'date' | 'dateText'>;

/** The metadata fields each front matter key fills, keys compared without case, `-`, `_` or spaces. */
const FIELDS = new Map<string, TextField>([
  ['title', 'title'],
  ['author', 'author'],
  ['authors', 'author'],
  ['creator', 'author'],
  ['language', 'language'],
  ['lang', 'language'],
  ['rights', 'rights'],
  ['license', 'rights'],
  ['licence', 'rights'],
  ['copyright', 'rights'],
  ['url', 'sourceUrl'],
  ['sourceurl', 'sourceUrl'],
  ['link', 'sourceUrl'],
  ['permalink', 'sourceUrl'],
  ['summary', 'summary'],
  ['description', 'summary'],
  ['abstract', 'summary'],
  ['sender', 'sender'],
  ['from', 'sender'],
  ['recipient', 'recipient'],
  ['to', 'recipient'],
  ['archive', 'archive'],
  ['repository', 'repository'],
  ['collection', 'archivalCollection'],
  ['idno', 'idno'],
  ['identifier', 'idno'],
  ['shelfmark', 'idno'],
  ['callnumber', 'idno'],
]);

/**
 * Splits `text` into its front matter's metadata and the Markdown that follows. Text without front matter,
 * or whose `---` lines hold something other than a YAML mapping (a rule, then prose), is all Markdown. A
 * `bad-request` CarrelError when the front matter is not valid YAML, naming the line in `fileName`.
 */
export function readFrontMatter(text: string, fileName: string): FrontMatter {
  const fenced = FENCED.exec(text);
  if (!fenced) return { meta: {}, body: text };
  let data: unknown;
  try {
    data = parse(fenced[1] ?? '');
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    // The opening `---` is the file's first line, so the YAML's line 1 is the file's line 2.
    const line = (error.linePos?.[0].line ?? 0) + 1;
    throw new CarrelError('bad-request', `${fileName} starts with front matter that is not valid YAML (line ${line}): correct it, or remove the lines between the two ---.`);
  }
  const body = text.slice(fenced[0].length);
  // Nothing between the lines is empty front matter; a scalar or a list there is prose between two rules.
  if (data === null) return { meta: {}, body };
  if (typeof data !== 'object' || Array.isArray(data)) return { meta: {}, body: text };
  return { meta: metaFrom(data as Record<string, unknown>), body };
}

function metaFrom(data: Record<string, unknown>): DocumentMeta {
  const meta: DocumentMeta = {};
  for (const [name, value] of Object.entries(data)) {
    const text = plainText(value);
    if (text === undefined) continue;
    const key = name.toLowerCase().replace(/[-_ ]/gu, '');
    if (key === 'date') Object.assign(meta, dateFields(text));
    // `source` is an address or, in an archivist's notes, where the document came from.
    else if (key === 'source') meta[/^https?:\/\//iu.test(text) ? 'sourceUrl' : 'provenance'] = text;
    else {
      const field = FIELDS.get(key);
      if (field) meta[field] = text;
    }
  }
  return meta;
}

/** A value as text: a string, number or yes/no as written, a list of them joined by "; ", else undefined. */
function plainText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const items = value.map(plainText).filter((item) => item !== undefined);
    return items.length > 0 ? items.join('; ') : undefined;
  }
  return undefined;
}

/** The date as written, and as ISO when it names a full date (a timestamp's date part counts). */
function dateFields(text: string): Pick<DocumentMeta, 'date' | 'dateText'> {
  const timestamp = /^(\d{4}-\d{2}-\d{2})[T ]\d/u.exec(text);
  const date = parseDateLine(timestamp?.[1] ?? text);
  return date === undefined ? { dateText: text } : { date, dateText: text };
}

/**
 * Notes as Markdown for Obsidian, Zotero and plain-text readers: YAML front matter, then per document its
 * note, each passage as a block quote with the reader's note and a line of colour, tags and people, the
 * orphaned passages, and the people named.
 */
import { stringify } from 'yaml';
import type { AnchoredAnnotation } from '../annotation/model.js';
import type { Person } from '../people/model.js';
import type { ExportBundle, ExportDocument } from './bundle.js';
import { joined, separated } from './chunks.js';
import { exportedNote } from './markdown-note.js';
import { blockQuote, escapeInline, linkOrText, tagName } from './markdown-text.js';
import { allTags, documentView, namesOf, type Names } from './passages.js';

/**
 * The bundle as one Markdown file. With one document the front matter describes it (title, date,
 * archive, source, citation); with several it describes the export and each document gets a section.
 * Quotes are escaped so that they stay literal text; notes are the reader's Markdown as Carrel shows it
 * (markdown-note.ts), unable to add headings, quotes or HTML to the file.
 */
export function toMarkdown(bundle: ExportBundle): string {
  return joined(markdownChunks(bundle));
}

/** The file of toMarkdown in chunks, for writing to a file as it is made. */
export function* markdownChunks(bundle: ExportBundle): Generator<string, void, undefined> {
  yield* separated(markdownParts(bundle), '\n\n');
  yield '\n';
}

/** The file's parts, a blank line between each: front matter, each document's parts, the people. */
function* markdownParts(bundle: ExportBundle): Generator<string, void, undefined> {
  const names = namesOf(bundle);
  const single = bundle.documents.length === 1 ? bundle.documents[0] : undefined;
  yield frontMatter(bundle, single);
  for (const document of bundle.documents) yield* documentParts(document, names);
  if (bundle.people.length > 0) yield peopleSection(bundle.people, single ? '##' : '#');
}

/**
 * The YAML block: keys Obsidian shows as properties and Zotero's Markdown importers map. Every value is
 * a string or a list of strings, and every string is double-quoted: YAML 1.1 readers take a plain `yes`
 * for true and `2024-01-01` for a date, YAML 1.2 readers a plain `0o17` for a number; quoted, both read text.
 */
function frontMatter(bundle: ExportBundle, single: ExportDocument | undefined): string {
  const meta = single?.meta;
  const fields: Record<string, unknown> = {
    title: single ? single.title : 'Carrel notes',
    date: meta?.date,
    archive: meta?.archive,
    source: meta?.sourceUrl,
    citation: single?.citation,
    documents: single ? undefined : bundle.documents.map((document) => document.title),
    people: bundle.people.map((person) => person.preferredName),
    tags: allTags(bundle).map(tagName).filter((tag) => tag !== ''),
    created: bundle.generated,
    generator: bundle.generator,
  };
  const present = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== ''));
  // lineWidth 0: a citation folded over lines reads badly in Obsidian's property view.
  return `---\n${stringify(present, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}---`;
}

/** A document's heading, source lines, note, passages and orphans, each passage made as it is written. */
function* documentParts(document: ExportDocument, names: Names): Generator<string, void, undefined> {
  const view = documentView(document);
  yield `# ${escapeInline(document.title)}`;
  yield* sourceLines(document);
  const notes = view.notes.map((note) => exportedNote(note.note)).filter((note) => note !== '');
  if (notes.length > 0) yield* ['## Document note', ...notes];
  if (view.passages.length > 0) {
    yield '## Passages';
    for (const passage of view.passages) yield annotationBlock(passage.quote, passage.annotation, names, passage.page);
  }
  if (view.orphans.length > 0) {
    yield '## Orphaned passages';
    yield 'These passages could not be found in the text any more; each is shown with the words it was made on.';
    for (const orphan of view.orphans) yield annotationBlock(orphan.quote, orphan.annotation, names);
  }
}

/** The citation and the source link, for readers who see the file without its front matter. */
function sourceLines(document: ExportDocument): string[] {
  const lines: string[] = [];
  if (document.citation) lines.push(`Citation: ${escapeInline(document.citation)}`);
  if (document.meta.sourceUrl) lines.push(`Source: ${linkOrText(document.meta.sourceUrl)}`);
  return lines;
}

/** A passage: its words quoted, the note, and one line saying its page (if the source has pages), colour, tags and people. */
function annotationBlock(quote: string, annotation: AnchoredAnnotation, names: Names, page?: string): string {
  const tags = annotation.tags.map(tagName).filter((tag) => tag !== '').map((tag) => `#${tag}`);
  const people = names.people(annotation.people).map((person) => escapeInline(person.preferredName));
  const details = [
    page,
    escapeInline(names.categoryName(annotation.category)),
    tags.length > 0 ? tags.join(' ') : undefined,
    people.length > 0 ? `People: ${people.join(', ')}` : undefined,
  ].filter((part): part is string => part !== undefined);
  const note = exportedNote(annotation.note);
  return [blockQuote(quote), ...(note === '' ? [] : [note]), details.join(' · ')].join('\n\n');
}

/** One list item per person: name, life dates, aliases with their kind, description, authority links. */
function peopleSection(people: readonly Person[], level: string): string {
  const items = people.map((person) => {
    const parts = [`- **${escapeInline(person.preferredName)}**${person.lifeDates ? ` (${escapeInline(person.lifeDates)})` : ''}`];
    if (person.aliases.length > 0) {
      const aliases = person.aliases.map((alias) => escapeInline(alias.name) + (alias.kind === 'variant' ? '' : ` (${alias.kind})`));
      parts.push(`  Also named: ${aliases.join(', ')}.`);
    }
    if (person.description) parts.push(`  ${escapeInline(person.description)}`);
    if (person.authorities.length > 0) parts.push(`  ${person.authorities.map(linkOrText).join(' ')}`);
    return parts.join('\n');
  });
  return `${level} People\n\n${items.join('\n')}`;
}

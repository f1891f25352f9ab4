/** Chicago-style citations of archival documents, as the reader pastes them into a footnote. */
import type { DocumentMeta } from '../document/model.js';
import { formatLongDate } from '../witness/dates.js';

/**
 * A Chicago-style note citation: Author, “Title,” date, item, collection, repository, archive, URL.
 * Missing or blank fields are left out with their commas, and a place named twice (an archive that is
 * also the publishing collection) once; without a title the note describes the document by its
 * correspondents ("Vyshinsky to Mao Zedong"), as Chicago does for untitled manuscripts.
 */
export function chicagoNote(meta: DocumentMeta): string {
  const date = clean(meta.date && formatLongDate(meta.date)) ?? clean(meta.dateText);
  // Where the original is, finest first: the item, its collection and repository, then the archive
  // and the publisher of the digital copy.
  const places = [meta.idno, meta.archivalCollection, meta.repository, meta.collection, meta.archive].map(clean);
  const rest = [date, ...places.filter((place, index) => places.indexOf(place) === index), clean(meta.sourceUrl)].filter(
    (part): part is string => part !== undefined,
  );
  const author = clean(meta.author);
  const title = clean(meta.title)?.replace(/\.+$/u, '');
  if (title) {
    const titled = rest.length === 0 ? `“${title}.”` : `${quotedTitle(title)} ${sentence(rest)}`;
    return author ? `${author}, ${titled}` : titled;
  }
  const description = describe(clean(meta.sender) ?? author, clean(meta.recipient));
  const parts = description ? [description, ...rest] : rest;
  return sentence(parts.length > 0 ? parts : ['Untitled document']);
}

/** A field as it can stand in a note: trimmed, without trailing commas, absent when blank. */
function clean(value: string | undefined): string | undefined {
  const cleaned = value?.trim().replace(/[\s,;]+$/u, '');
  return cleaned ? cleaned : undefined;
}

/** The title in quotes, with the comma inside; a title ending in ? or ! takes no comma. */
function quotedTitle(title: string): string {
  return /[?!]$/u.test(title) ? `“${title}”` : `“${title},”`;
}

/** "Sender to Recipient", or whichever of the two is known. */
function describe(sender: string | undefined, recipient: string | undefined): string | undefined {
  if (sender && recipient) return `${sender} to ${recipient}`;
  if (sender) return `${sender}, letter`;
  return recipient ? `Letter to ${recipient}` : undefined;
}

/** Parts joined with commas and closed with one full stop. */
function sentence(parts: readonly string[]): string {
  const joined = parts.join(', ');
  return joined.endsWith('.') ? joined : `${joined}.`;
}

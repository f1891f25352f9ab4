/** Chicago-style citations of archival documents, as the reader pastes them into a footnote. */
import type { DocumentMeta } from '../document/model.js';
import { formatLongDate } from '../witness/dates.js';

/**
 * A Chicago-style note citation: “Title,” date, collection, archive, URL. Missing or blank fields are
 * left out with their commas; without a title the note describes the document by its correspondents
 * ("Vyshinsky to Mao Zedong"), as Chicago does for untitled manuscripts.
 */
export function chicagoNote(meta: DocumentMeta): string {
  const collection = clean(meta.collection);
  const archive = clean(meta.archive);
  const date = clean(meta.date && formatLongDate(meta.date)) ?? clean(meta.dateText);
  const rest = [date, collection, archive === collection ? undefined : archive, clean(meta.sourceUrl)].filter(
    (part): part is string => part !== undefined,
  );
  const title = clean(meta.title)?.replace(/\.+$/u, '');
  if (title) return rest.length === 0 ? `“${title}.”` : `${quotedTitle(title)} ${sentence(rest)}`;
  const description = describe(clean(meta.sender), clean(meta.recipient));
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

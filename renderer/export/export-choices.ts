import type { ApiArgs, ExportFormat } from '../../core/api.js';
import type { Choice } from '../ui/ChoiceList.js';

/** What the reader exports: the open document, the notes the panel's filters show, or the whole library. */
export type ExportScope = 'document' | 'shown' | 'library';

// A Record, so that a format added to the contract fails to compile here until it has a name and a hint.
const FORMATS: Record<ExportFormat, { label: string; hint: string }> = {
  markdown: { label: 'Markdown', hint: 'For Obsidian, Zotero and any text editor.' },
  jsonld: { label: 'W3C Web Annotation (JSON-LD)', hint: 'For Hypothesis and other annotation tools; Carrel imports it back.' },
  csv: { label: 'CSV', hint: 'For spreadsheets and data tools: one row per note.' },
  tei: { label: 'TEI XML', hint: 'For TEI editors such as Oxygen, and digital editions.' },
  html: { label: 'Printable HTML', hint: 'A handout of the text and its notes, to print or save as PDF.' },
};

/** The formats in the order the dialog offers them. */
export const FORMAT_CHOICES: readonly Choice<ExportFormat>[] = (Object.keys(FORMATS) as ExportFormat[]).map((value) => ({ value, ...FORMATS[value] }));

/** True for a format's name (a stored choice is checked before it is trusted). */
export const isExportFormat = (value: unknown): value is ExportFormat => typeof value === 'string' && Object.hasOwn(FORMATS, value);

/**
 * The scopes, with "The notes shown by the current filters" open only when the filters narrow the list
 * to some notes: `shownCount` is how many the panel lists, or null when no filter is set (the choice
 * would then mean this transcription's notes, which is not what its name says).
 */
export function scopeChoices(shownCount: number | null): Choice<ExportScope>[] {
  const shownHint =
    shownCount === null ? 'No filters are set in the Notes panel.'
    : shownCount === 0 ? 'No notes match the filters.'
    : `The ${shownCount === 1 ? 'one note' : `${shownCount.toLocaleString('en')} notes`} the Notes panel lists now.`;
  return [
    { value: 'document', label: 'This document', hint: 'Its notes on every transcription, and its document notes.' },
    { value: 'shown', label: 'The notes shown by the current filters', hint: shownHint, disabled: !shownCount },
    { value: 'library', label: 'Everything in the library', hint: 'Every document, with its notes.' },
  ];
}

/** The exportNotes call for a scope: `shownIds` are the notes the panel lists under its filters. */
export function exportArgs(format: ExportFormat, scope: ExportScope, documentId: string, shownIds: readonly string[]): ApiArgs<'exportNotes'> {
  switch (scope) {
    case 'document':
      return { format, documentId };
    case 'shown':
      return { format, documentId, annotationIds: [...shownIds] };
    case 'library':
      return { format };
  }
}

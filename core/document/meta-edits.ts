/**
 * A reader's corrections of a document's information, kept apart from the witnesses' own metadata (the
 * evidence): field by field, a value stands over what the witnesses say and an empty one clears it.
 */
import { z } from 'zod';
import { parseDateLine } from '../witness/dates.js';
import type { DocumentMeta } from './model.js';

/** The fields of a document's information a reader may correct, in the order the form asks for them. */
export const EDITABLE_FIELDS = [
  'title',
  'date',
  'dateText',
  'author',
  'sender',
  'recipient',
  'archive',
  'repository',
  'archivalCollection',
  'idno',
  'sourceUrl',
  'language',
  'rights',
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** The longest value each field takes (characters): a title is a sentence, rights a paragraph, the rest a line. */
export const FIELD_LIMITS: Record<EditableField, number> = {
  title: 500,
  date: 10,
  dateText: 100,
  author: 300,
  sender: 300,
  recipient: 300,
  archive: 300,
  repository: 300,
  archivalCollection: 300,
  idno: 200,
  sourceUrl: 2000,
  language: 100,
  rights: 1000,
};

/** A reader's corrections: each field present replaces the witnesses' value; '' clears it. */
export const MetaEdits = z
  .object(Object.fromEntries(EDITABLE_FIELDS.map((field) => [field, z.string().max(FIELD_LIMITS[field]).optional()])) as Record<EditableField, z.ZodOptional<z.ZodString>>)
  .strict();
export type MetaEdits = Partial<Record<EditableField, string>>;

/** The witnesses' metadata (merged: no empty field) with the reader's corrections laid over it. */
export function withEdits(meta: DocumentMeta, edits: MetaEdits): DocumentMeta {
  // Most documents have no corrections: the library lays them over thousands at each opening.
  if (Object.keys(edits).length === 0) return meta;
  const laid = Object.entries({ ...meta, ...edits }).filter(([, value]) => value !== '' && value !== undefined);
  return Object.fromEntries(laid) as DocumentMeta;
}

/** A year, a month or a day, ISO-written: what sorts by date and a TEI `when` takes. */
const ISO_PART = /^\d{4}(-\d{2}(-\d{2})?)?$/u;

/**
 * A date as the reader writes it, read into the two fields a document keeps: `date` (ISO: "1921-03-03",
 * or "1921" and "1921-03" for a year or a month, so that it still sorts) and `dateText`, the wording
 * itself when it is not ISO. Wording Carrel cannot read ("spring 1921") keeps no ISO date; '' clears both.
 */
export function readDate(text: string): { date: string; dateText: string } {
  const written = text.trim();
  if (written === '') return { date: '', dateText: '' };
  if (ISO_PART.test(written)) return { date: written, dateText: '' };
  return { date: parseDateLine(written) ?? '', dateText: written };
}

/** The date as the form shows it: the wording when there is one, else the ISO date; '' when undated. */
export function writtenDate(meta: DocumentMeta): string {
  return meta.dateText ?? meta.date ?? '';
}

/** The fields a reader sends: any editable field but `dateText`, the date written as they write it (readDate). */
export type InfoFields = Partial<Record<Exclude<EditableField, 'dateText'>, string>>;

/**
 * The corrections after the reader changed `fields` of a document whose witnesses say `witnessed` and
 * whose corrections were `edits`. A value equal to the witnesses' leaves the field to them; a field not
 * sent keeps its correction; the date stays as it was when sent back as the form showed it.
 */
export function editedFields(witnessed: DocumentMeta, edits: MetaEdits, fields: InfoFields): MetaEdits {
  const next = new Map(Object.entries(edits) as [EditableField, string][]);
  const set = (field: EditableField, value: string) => {
    if (value === (witnessed[field] ?? '')) next.delete(field);
    else next.set(field, value);
  };
  for (const field of EDITABLE_FIELDS) {
    if (field === 'dateText' || field === 'date') continue;
    const value = fields[field];
    if (value !== undefined) set(field, value.trim());
  }
  const date = fields.date;
  if (date !== undefined && date.trim() !== writtenDate(withEdits(witnessed, edits))) {
    const read = readDate(date);
    set('date', read.date);
    set('dateText', read.dateText);
  }
  return Object.fromEntries(next);
}

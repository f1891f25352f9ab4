/** Which witnesses are of the same document, and what the document's metadata is once they are grouped. */
import type { DocumentMeta } from './model.js';

type TextField = Exclude<keyof DocumentMeta, 'distribution'>;

/**
 * A stable key shared by every witness of one document (e.g. "telegram:8600:1950-05-14"), or undefined
 * when the witness does not say enough. The telegram's number and date are what both seed witnesses
 * state; a record id or URL is not, since a saved web page may carry neither.
 */
export function documentKey(meta: DocumentMeta): string | undefined {
  const number = meta.documentNumber?.trim();
  const date = meta.date?.trim();
  if (!number || !date) return undefined;
  return `telegram:${number}:${date}`;
}

/**
 * Merges witnesses' metadata into the document's: earlier witnesses (the archive record first) win per
 * field, empty strings count as absent, and distribution lists are unioned in order of first appearance.
 */
export function mergeMeta(metas: readonly DocumentMeta[]): DocumentMeta {
  const merged: DocumentMeta = {};
  const distribution: string[] = [];
  for (const meta of metas) {
    for (const key of Object.keys(meta) as (keyof DocumentMeta)[]) {
      if (key === 'distribution') continue;
      mergeField(merged, meta, key);
    }
    for (const entry of meta.distribution ?? []) {
      if (!distribution.includes(entry)) distribution.push(entry);
    }
  }
  if (distribution.length > 0) merged.distribution = distribution;
  return merged;
}

function mergeField(merged: DocumentMeta, meta: DocumentMeta, key: TextField): void {
  const value = meta[key];
  if (merged[key] === undefined && value !== undefined && value !== '') merged[key] = value;
}

/**
 * What a TEI export's notes point at in its header: the annotators (respStmt), the colour categories
 * and the tags (a taxonomy each in classDecl). One place builds the lists and the pointers into them,
 * so that the header declares exactly what the notes use.
 */
import type { ExportBundle } from './bundle.js';
import { allTags } from './passages.js';
import { teiIds } from './tei-ids.js';

export interface TeiVocabulary {
  /** The annotators in order of first appearance, each declared as creator-N. */
  creators: readonly string[];
  /** The bundle's categories, then any category an annotation uses that the bundle lacks (named by its id). */
  categories: readonly { id: string; name: string }[];
  /** Every tag used, alphabetically (allTags). */
  tags: readonly string[];
  /** `#creator-N` for an annotator, undefined for an empty name. */
  creator(name: string): string | undefined;
  category(id: string): string;
  tag(tag: string): string;
}

export function teiVocabulary(bundle: ExportBundle): TeiVocabulary {
  const annotations = bundle.documents.flatMap((document) => document.annotations);
  const creators = [...new Set(annotations.map((annotation) => annotation.creator.trim()))].filter((creator) => creator !== '');
  const known = new Set(bundle.categories.map((category) => category.id));
  const unknown = [...new Set(annotations.map((annotation) => annotation.category))].filter((id) => !known.has(id));
  const categories = [...bundle.categories.map(({ id, name }) => ({ id, name })), ...unknown.map((id) => ({ id, name: id }))];
  const tags = allTags(bundle);
  const pointers = <T>(keys: readonly T[], id: (index: number) => string) => new Map(keys.map((key, index) => [key, `#${id(index)}`]));
  const creatorPointers = pointers(creators, teiIds.creator);
  const categoryPointers = pointers(categories.map((category) => category.id), teiIds.category);
  const tagPointers = pointers(tags, teiIds.tag);
  return {
    creators,
    categories,
    tags,
    creator: (name) => creatorPointers.get(name.trim()),
    category: (id) => categoryPointers.get(id) ?? '',
    tag: (tag) => tagPointers.get(tag) ?? '',
  };
}

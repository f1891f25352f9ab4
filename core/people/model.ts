/**
 * People in the registry: a preferred name, aliases with their kind, life dates, a description, authority
 * URIs and a colour; and what a document says about them (roles) and where its text names them (mentions).
 */
import { hasVisibleCharacter } from '../visible-text.js';
import { z } from 'zod';

export const AliasKind = z.enum(['variant', 'transliteration', 'code-name', 'title-form']);
export type AliasKind = z.infer<typeof AliasKind>;

export const Alias = z.object({
  name: z.string().trim().min(1).max(120).refine(hasVisibleCharacter, 'A name needs a letter you can see: this one is only invisible characters.'),
  kind: AliasKind,
});
export type Alias = z.infer<typeof Alias>;

export const Person = z.object({
  id: z.string(),
  preferredName: z
    .string()
    .trim()
    .min(1, 'A person needs a name.')
    .max(120)
    .refine(hasVisibleCharacter, 'A name needs a letter you can see: this one is only invisible characters.'),
  aliases: z.array(Alias).max(200),
  /** Life dates as a reader writes them ("1878–1953"). */
  lifeDates: z.string().max(40).optional(),
  description: z.string().max(2000).optional(),
  /** Authority URIs, e.g. https://www.wikidata.org/wiki/Q855. */
  authorities: z.array(z.url()).max(10),
  /** A CSS colour for the person's underline and chips. */
  colour: z.string(),
});
export type Person = z.infer<typeof Person>;

/** What a person is in one document. */
export const Role = z.enum(['sender', 'recipient', 'signatory', 'copy-recipient', 'mentioned']);
export type Role = z.infer<typeof Role>;

/** A place where a text names a person: [start, end) in UTF-16 units, and the words found there. */
export const Mention = z.object({
  personId: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Mention = z.infer<typeof Mention>;

/**
 * A critical apparatus (`<app>` with `<lem>` and `<rdg wit="#A">`): which witnesses the file collates,
 * and which reading of each `app` a witness reads, so that every witness opens as a transcription of
 * its own.
 */
import type { Element } from '@xmldom/xmldom';
import { childElements, descendants, plainText, teiName, tokens, xmlId } from './tei-dom.js';

/** A witness of the apparatus: its siglum (`xml:id`, as `@wit` points at it) and the name a reader sees. */
export interface ApparatusWitness {
  siglum: string;
  label: string;
}

/** The longest label a transcription takes (the document model's bound). */
const MAX_LABEL = 200;

/**
 * The witnesses of the apparatus in `texts`: those `listWit` declares, in its order, then any a reading
 * names without declaring. None when the texts have no `app` or no reading names a witness.
 */
export function apparatusWitnesses(root: Element, texts: readonly Element[]): ApparatusWitness[] {
  const apps = texts.flatMap((text) => descendants(text, 'app'));
  if (apps.length === 0) return [];
  const named = new Set(apps.flatMap(readingsOf).flatMap(siglaOf));
  if (named.size === 0) return [];
  const witnesses: ApparatusWitness[] = [];
  for (const witness of descendants(root, 'witness')) {
    const siglum = xmlId(witness);
    if (siglum === undefined || witnesses.some((known) => known.siglum === siglum)) continue;
    witnesses.push({ siglum, label: labelOf(witness, siglum) });
  }
  for (const siglum of named) {
    if (!witnesses.some((known) => known.siglum === siglum)) witnesses.push({ siglum, label: siglum });
  }
  return witnesses;
}

/**
 * The reading of `app` that `siglum` reads: the `lem` or `rdg` whose `@wit` names it, else the base
 * text (the `lem`, or a reading that names no witness); with no siglum (a file read as one
 * transcription), the `lem`, else the first reading. None when the witness has no reading here.
 */
export function readingFor(app: Element, siglum: string | undefined): Element | undefined {
  const readings = readingsOf(app);
  const lemma = readings.find((reading) => teiName(reading) === 'lem');
  if (siglum === undefined) return lemma ?? readings[0];
  return readings.find((reading) => siglaOf(reading).includes(siglum)) ?? lemma ?? readings.find((reading) => siglaOf(reading).length === 0);
}

/** The `lem` and `rdg` children of `app`, those grouped in a `rdgGrp` among them. */
function readingsOf(app: Element): Element[] {
  return childElements(app, 'lem', 'rdg', 'rdgGrp').flatMap((reading) => (teiName(reading) === 'rdgGrp' ? childElements(reading, 'lem', 'rdg') : [reading]));
}

/** The sigla a reading's `@wit` points at: `#A`, `A` and `witnesses.xml#A` all name `A`. */
function siglaOf(reading: Element): string[] {
  return tokens(reading, 'wit').map((pointer) => pointer.slice(pointer.lastIndexOf('#') + 1)).filter((siglum) => siglum !== '');
}

/** A witness's name as the file gives it (its words, else `@n`), else its siglum; cut to the label's bound. */
function labelOf(witness: Element, siglum: string): string {
  const name = plainText(witness) || (witness.getAttribute('n') ?? '').trim() || siglum;
  return name.length <= MAX_LABEL ? name : `${name.slice(0, MAX_LABEL - 1)}…`;
}

/**
 * The printable handout's stylesheet, inline so the file loads nothing: a serif page with print margins,
 * each document on a new page, notes and people never split over a page break, and highlight colours
 * that print (browsers drop backgrounds when printing unless told otherwise).
 */
import type { Category } from '../annotation/model.js';

const BASE = `@page { margin: 2cm 2.2cm; }
html { background: #fff; color: #111; }
body { font-family: "Iowan Old Style", "Palatino Linotype", Palatino, Georgia, "Times New Roman", serif; font-size: 11.5pt; line-height: 1.5; }
body { max-width: 40em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.6em; line-height: 1.25; margin: 0 0 0.5em; }
h2 { font-size: 1.15em; margin: 1.6em 0 0.5em; border-bottom: 1px solid #bbb; }
.citation, .source, .colophon, .meta { font-size: 0.9em; color: #333; }
.text p { white-space: pre-line; margin: 0 0 0.6em; }
.text .heading { font-weight: bold; }
.text .signature { text-align: right; }
.text .record, .text .furniture { font-size: 0.9em; color: #444; }
.c-other { background-color: #f2d46f80; }
mark { color: inherit; padding: 0.05em 0; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.marker { font-size: 0.7em; line-height: 0; }
.marker a { color: inherit; text-decoration: none; }
blockquote { margin: 0.2em 0 0.4em; padding-left: 0.8em; border-left: 3px solid #999; white-space: pre-line; }
.swatch { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 0.15em; vertical-align: -0.05em; margin-right: 0.3em; }
.swatch { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.notes li, .orphans li, .people li { break-inside: avoid; margin-bottom: 0.8em; }
article + article { break-before: page; }
a { color: #1a4f8a; }
@media print { a { color: inherit; } .back { display: none; } }`;

/** A CSS colour we write into the stylesheet: hex only, so a stored colour cannot smuggle in CSS. */
function safeColour(colour: string): string {
  return /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/iu.test(colour) ? colour : '#f2d46f80';
}

/** The class that paints a category's colour: by position, since a category id may not be a valid class. */
export function categoryClass(index: number): string {
  return `c${index}`;
}

/** The whole stylesheet: the page, then one rule per category colour. */
export function handoutStyle(categories: readonly Category[]): string {
  const colours = categories.map((category, index) => `.${categoryClass(index)} { background-color: ${safeColour(category.colour)}; }`);
  return [BASE, ...colours].join('\n');
}

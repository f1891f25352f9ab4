import { readFileSync } from 'node:fs';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { toHtml } from './html.js';
import { IDS, TELEGRAM_SEED, telegramBundle } from './testing/telegram-bundle.js';

const bundle = telegramBundle(readFileSync(TELEGRAM_SEED));
const html = toHtml(bundle);
const SOURCE = 'http://digitalarchive.wilsoncenter.org/document/115976';

/** The page's <body>, which the exporter writes as well-formed XML (void elements only in <head>). */
function body(page: string): string {
  const match = /<body>[\s\S]*<\/body>/u.exec(page);
  if (!match) throw new Error('no body');
  return match[0];
}

describe('the HTML handout', () => {
  it('is one self-contained page: no script, nothing loaded, no inline event handlers or styles', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|<embed|\ssrc=|@import|url\(|\son[a-z]+=|\sstyle=/iu);
  });

  it('links only to its source, the people’s authorities, links written in notes, and its own notes', () => {
    const written = bundle.documents.flatMap((document) => document.annotations.flatMap((annotation) => [...annotation.note.matchAll(/\]\((https?:[^)\s]+)\)/gu)].map((match) => match[1])));
    const allowed = new Set([SOURCE, ...bundle.people.flatMap((person) => person.authorities), ...written]);
    const hrefs = [...html.matchAll(/\shref="([^"]*)"/gu)].map((match) => match[1] ?? '');
    expect(hrefs).toContain(SOURCE);
    expect(hrefs.filter((href) => !href.startsWith('#') && !allowed.has(href))).toEqual([]);
    const ids = new Set([...html.matchAll(/\sid="([^"]*)"/gu)].map((match) => match[1]));
    expect(hrefs.filter((href) => href.startsWith('#') && !ids.has(href.slice(1)))).toEqual([]);
  });

  it('nests its elements properly, overlaps included (the body is well-formed XML)', () => {
    expect(XMLValidator.validate(body(html))).toBe(true);
  });

  it('highlights every passage in its colour, nesting a mark inside a mark where two overlap', () => {
    expect([...html.matchAll(/<mark class="c(\d)">/gu)].map((match) => match[1])).toEqual(['2', '0', '0', '1', '1', '0', '2']);
    expect(html).toContain('<mark class="c0"><mark class="c1">move toward reunification</mark></mark>');
    expect(html).toMatch(/\.c0 \{ background-color: #e9a91c73; \}/u);
  });

  it('numbers the passages in the text and lists the notes below in the same order', () => {
    const markers = [...html.matchAll(/<sup class="marker"><a href="#d1-note-(\d+)" id="d1-ref-\d+">(\d+)<\/a><\/sup>/gu)].map((match) => match[2]);
    expect(markers).toEqual(['1', '2', '3', '4', '5']);
    const notes = [...html.matchAll(/<li id="d1-note-(\d+)">\s*<blockquote>([^<]*)<\/blockquote>/gu)].map((match) => [match[1], match[2]]);
    expect(notes).toEqual([
      ['1', 'Filippov [Stalin]'],
      ['2', 'they agree with the proposal of the Koreans to move toward reunification'],
      ['3', 'move toward reunification [*pristupit k obiednineniiu*]'],
      ['4', 'the question should be decided finally by the Chinese and Korean comrades together'],
      ['5', 'Comr. Molotov'],
    ]);
  });

  it('renders notes as Markdown, escapes every string from the store, and turns a javascript: link into text', () => {
    expect(html).toContain('<em>conditional</em>');
    expect(html).toContain('&lt;b&gt;agreement&lt;/b&gt;');
    expect(html).not.toContain('<b>agreement');
    const [document] = bundle.documents;
    if (!document) throw new Error('the fixture has a document');
    const annotations = document.annotations.map((annotation) =>
      annotation.id === IDS.stalin ? { ...annotation, note: '[click](javascript:alert(1)) <img src=x onerror=alert(1)> [mail](mailto:a@b.c)' } : annotation,
    );
    const hostile = toHtml({ ...bundle, documents: [{ ...document, title: '</title><script>x</script>', annotations }] });
    expect(hostile).not.toMatch(/<script|<img|href="javascript|href="mailto/iu);
    expect(hostile).toContain('&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;');
  });

  it('lists the people and the orphaned passage with its stored words', () => {
    expect(html).toMatch(/<strong>Joseph Stalin<\/strong> \(1878–1953\)\. Also named: [^<]*Filippov \(code-name\)/u);
    expect(html).toContain('<h2>Orphaned passages</h2>');
    expect(html).toContain('# not a heading [x](javascript:y), the "so-called"');
  });

  it('refuses a category colour that is not a plain hex colour rather than writing it into the stylesheet', () => {
    const sneaky = toHtml({ ...bundle, categories: bundle.categories.map((category, index) => (index === 0 ? { ...category, colour: 'red; } body { visibility: hidden' } : category)) });
    expect(sneaky).not.toContain('visibility: hidden');
  });
});

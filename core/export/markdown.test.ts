import { readFileSync } from 'node:fs';
import { Parser, type Node } from 'commonmark';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { toMarkdown } from './markdown.js';
import { blockQuote, closedNote, tagName } from './markdown-text.js';
import { ORPHAN_QUOTE, TELEGRAM_SEED, telegramBundle } from './testing/telegram-bundle.js';

const bundle = telegramBundle(readFileSync(TELEGRAM_SEED));
const markdown = toMarkdown(bundle);
const TITLE = "Cable from Vyshinsky to Mao Zedong, Relaying Stalin's Stance on Permission for North Korea to attack South Korea";

/** The YAML between the opening and closing `---`, and the Markdown after it. */
function splitFrontMatter(text: string): { yaml: string; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/u.exec(text);
  if (!match) throw new Error('no front matter block at the start');
  return { yaml: match[1] ?? '', body: text.slice(match[0].length) };
}

/** The top-level blocks of a CommonMark document. */
function blocks(text: string): Node[] {
  const found: Node[] = [];
  for (let node = new Parser().parse(text).firstChild; node; node = node.next) found.push(node);
  return found;
}

/** The text a node shows, line breaks as \n. */
function textOf(node: Node): string {
  if (node.type === 'text' || node.type === 'code' || node.type === 'html_inline') return node.literal ?? '';
  if (node.type === 'softbreak' || node.type === 'linebreak') return '\n';
  const parts: string[] = [];
  for (let child = node.firstChild; child; child = child.next) parts.push(textOf(child));
  return parts.join(node.type === 'block_quote' ? '\n\n' : '');
}

/** The node at `index`, failing the test when there is none. */
function nth(nodes: readonly Node[], index: number): Node {
  const node = nodes[index];
  if (!node) throw new Error(`no block at ${index}`);
  return node;
}

/** Every node type inside a node. */
function typesIn(node: Node): string[] {
  const types: string[] = [];
  const walker = node.walker();
  for (let step = walker.next(); step; step = walker.next()) if (step.entering) types.push(step.node.type);
  return types;
}

describe('the Markdown export, read by a CommonMark parser', () => {
  it('starts with YAML front matter holding what Obsidian and Zotero read', () => {
    const fields: unknown = parseYaml(splitFrontMatter(markdown).yaml);
    expect(fields).toEqual({
      title: TITLE,
      date: '1950-05-14',
      archive: 'Russian Presidential Archives',
      source: 'http://digitalarchive.wilsoncenter.org/document/115976',
      citation: bundle.documents[0]?.citation,
      people: ['Joseph Stalin', 'Vyacheslav Molotov'],
      tags: ['check', 'code-names', 'conditions', 'Korean-War', 'reunification', 'translation'],
      created: '2026-11-23T09:00:00.000Z',
      generator: 'Carrel 0.1.0',
    });
  });

  it('has the title, then sections for the document note, passages, orphans and people', () => {
    const headings = blocks(splitFrontMatter(markdown).body)
      .filter((node) => node.type === 'heading')
      .map((node) => [node.level, textOf(node)]);
    expect(headings).toEqual([
      [1, TITLE],
      [2, 'Document note'],
      [2, 'Passages'],
      [2, 'Orphaned passages'],
      [2, 'People'],
    ]);
  });

  it('quotes each passage in text order as a block quote of its words, then the orphan’s stored quote', () => {
    const quotes = blocks(splitFrontMatter(markdown).body)
      .filter((node) => node.type === 'block_quote')
      .map(textOf);
    expect(quotes).toEqual([
      'Filippov [Stalin]',
      'they agree with the proposal of the Koreans to move toward reunification',
      'move toward reunification [*pristupit k obiednineniiu*]',
      'the question should be decided finally by the Chinese and Korean comrades together',
      'Comr. Molotov',
      ORPHAN_QUOTE,
    ]);
  });

  it('keeps a quote reading "# not a heading" and "[x](javascript:y)" as literal text: no heading, link or HTML', () => {
    const orphan = blocks(splitFrontMatter(markdown).body).filter((node) => node.type === 'block_quote').at(-1);
    if (!orphan) throw new Error('no block quote');
    expect(typesIn(orphan).filter((type) => !['block_quote', 'paragraph', 'text', 'softbreak'].includes(type))).toEqual([]);
    const links: string[] = [];
    const walker = new Parser().parse(markdown).walker();
    for (let step = walker.next(); step; step = walker.next()) if (step.entering && step.node.type === 'link') links.push(step.node.destination ?? '');
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((link) => !/^https?:\/\//u.test(link))).toEqual([]);
  });

  it('follows each quote with the note as Markdown and a line of colour, #tags and people', () => {
    const body = blocks(splitFrontMatter(markdown).body);
    const agreement = body.findIndex((node) => node.type === 'block_quote' && textOf(node).startsWith('they agree'));
    const after = body.slice(agreement + 1, agreement + 5);
    expect(after.map((node) => node.type)).toEqual(['paragraph', 'list', 'paragraph', 'paragraph']);
    expect(typesIn(nth(after, 0))).toContain('emph');
    expect(textOf(nth(after, 3))).toBe('Key claim · #reunification #Korean-War');
    const stalin = body.findIndex((node) => node.type === 'block_quote' && textOf(node) === 'Filippov [Stalin]');
    expect(textOf(nth(body, stalin + 2))).toBe('Evidence · #code-names · People: Joseph Stalin');
  });

  it('lists the people with life dates, aliases with their kind and authority links', () => {
    const people = blocks(splitFrontMatter(markdown).body).at(-1);
    if (!people) throw new Error('no people list');
    expect(people.type).toBe('list');
    const text = textOf(people);
    expect(text).toContain('Joseph Stalin (1878–1953)');
    expect(text).toContain('Filippov (code-name)');
    expect(typesIn(people)).toContain('link');
  });

  it('gives each document its own section under front matter describing the export, for several documents', () => {
    const [document] = bundle.documents;
    if (!document) throw new Error('the fixture has a document');
    const two = toMarkdown({ ...bundle, documents: [document, { ...document, id: 'other', title: 'A second cable' }] });
    const fields = parseYaml(splitFrontMatter(two).yaml) as Record<string, unknown>;
    expect(fields.title).toBe('Carrel notes');
    expect(fields.documents).toEqual([TITLE, 'A second cable']);
    expect(fields.date).toBeUndefined();
    const titles = blocks(splitFrontMatter(two).body)
      .filter((node) => node.type === 'heading' && node.level === 1)
      .map(textOf);
    expect(titles).toEqual([TITLE, 'A second cable', 'People']);
  });
});

describe('Markdown text helpers', () => {
  it('keep any line literal inside a block quote, whatever Markdown it holds', () => {
    const hostile = [
      '# heading',
      '- list item',
      '+ list item',
      '* list item',
      '1. ordered',
      '2) ordered',
      '> nested quote',
      '===',
      '---',
      '***',
      '    indented code',
      '```js',
      '~~~',
      '<script>alert(1)</script>',
      '<http://example.org>',
      '[x](javascript:y)',
      '![image](http://example.org/i.png)',
      '&amp; &#65;',
      '*emphasis* _and_ `code` ~~strike~~',
      '| a | b |',
      'back\\slash',
    ];
    for (const line of hostile) {
      const quote = nth(blocks(blockQuote(line)), 0);
      expect(quote.type).toBe('block_quote');
      expect(textOf(quote)).toBe(line.trimStart());
      expect(typesIn(quote).filter((type) => !['block_quote', 'paragraph', 'text'].includes(type))).toEqual([]);
    }
  });

  it('close a code fence a note leaves open, so the rest of the file stays Markdown', () => {
    expect(closedNote('See:\n```\nraw')).toBe('See:\n```\nraw\n```');
    expect(closedNote('```\nclosed\n```')).toBe('```\nclosed\n```');
  });

  it('make tags Obsidian reads: spaces to hyphens, other punctuation dropped', () => {
    expect(tagName('Korean War')).toBe('Korean-War');
    expect(tagName('follow-up/1950')).toBe('follow-up/1950');
    expect(tagName('why?!')).toBe('why');
  });
});

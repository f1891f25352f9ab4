import { readFileSync } from 'node:fs';
import net from 'node:net';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ParsedWitness } from '../document/model.js';
import { isCarrelError } from '../errors.js';
import { htmlImporter } from './html.js';
import { chooseImporter } from './registry.js';

const archivePage = readFileSync(new URL('./testing/html/archive-page.html', import.meta.url));

async function readPage(page: string | Uint8Array, fileName = 'page.html', encoding?: string): Promise<ParsedWitness> {
  const bytes = typeof page === 'string' ? new TextEncoder().encode(page) : page;
  const document = await htmlImporter.read({ fileName, bytes, encoding });
  expect(document.witnesses).toHaveLength(1);
  return document.witnesses[0] as ParsedWitness;
}

/** Each block as `kind:text`, as a reader sees the layout. */
function blocks(witness: ParsedWitness, ...kinds: string[]): string[] {
  return witness.blocks
    .filter((block) => kinds.length === 0 || kinds.includes(block.kind))
    .map((block) => `${block.kind}:${witness.text.slice(block.start, block.end)}`);
}

function marked(witness: ParsedWitness, kind: string): string[] {
  return witness.marks.filter((mark) => mark.kind === kind).map((mark) => witness.text.slice(mark.start, mark.end));
}

/** A page whose body has enough text for Readability, with `head` in its head. */
function pageWith(head: string, attributes = ''): string {
  const paragraph = 'In a conversation with the Korean comrades Filippov and his friends expressed the opinion that they agree with the proposal of the Koreans to move toward reunification.';
  return `<!DOCTYPE html><html${attributes}><head>${head}</head><body><article><p>${paragraph}</p><p>${paragraph}</p><p>${paragraph}</p></article></body></html>`;
}

async function failure(read: Promise<unknown>): Promise<string> {
  const error: unknown = await read.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!isCarrelError(error) || error.code !== 'bad-request') throw new Error(`expected a bad-request CarrelError, got ${String(error)}`);
  return error.message;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the text of a page saved from a digital archive', () => {
  it('is what Readability finds, with the navigation, header, footer and known chrome set apart as furniture', async () => {
    const witness = await readPage(archivePage, 'archive-page.html');
    expect(blocks(witness, 'furniture')).toEqual([
      'furniture:Skip to content',
      'furniture:Home',
      'furniture:Collections',
      'furniture:About the Archive',
      'furniture:Download',
      'furniture:The Example Archive welcomes reuse of Digital Archive materials for research and educational purposes.',
      'furniture:This document was made possible with support from the Example Foundation.',
    ]);
    expect(blocks(witness).slice(4, 9)).toEqual([
      'heading:Ciphered Telegram No. 8600, Vyshinsky to Mao Zedong',
      'paragraph:May 14, 1950',
      'furniture:Download',
      'heading:Tenth Department',
      'paragraph:For Mao Zedong.',
    ]);
    expect(witness.source).toBe('html');
    expect(witness.encoding).toBe('UTF-8');
  });

  it('lays out headings with their level, quotes, line breaks, nested lists and table cells', async () => {
    const witness = await readPage(archivePage);
    expect(witness.blocks.filter((block) => block.kind === 'heading').map((block) => block.level)).toEqual([1, 2, 3]);
    expect(blocks(witness, 'quote')).toEqual(['quote:Telegraph the fulfillment.']);
    expect(blocks(witness, 'paragraph')).toContain('paragraph:Sent on 5:30 am,\n14 May 1950');
    const items = witness.blocks.filter((block) => block.kind === 'list-item');
    expect(items.map((item) => [witness.text.slice(item.start, item.end), item.level, item.ordered])).toEqual([
      ['Comr. Stalin', 1, true],
      ['Comr. Molotov', 1, true],
      ['copy kept', 2, false],
    ]);
    const cells = witness.blocks.filter((block) => block.kind === 'table-cell');
    expect(cells.map((cell) => [witness.text.slice(cell.start, cell.end), cell.row, cell.column])).toEqual([
      ['Issuing No.', 0, 0],
      ['Received', 0, 1],
      ['8600', 1, 0],
      ['4:10 am, 14 May 1950', 1, 1],
    ]);
  });

  it('marks emphasis and a footnote reference, and gives the footnote as a note labelled with its number', async () => {
    const witness = await readPage(archivePage);
    expect(marked(witness, 'emphasis')).toEqual(['Filippov', 'took place']);
    expect(marked(witness, 'note-ref')).toEqual(['1']);
    const note = witness.blocks.find((block) => block.kind === 'note');
    expect(note?.label).toBe('1');
    expect(blocks(witness, 'note')).toEqual(["note:Stalin's code-name in this correspondence."]);
    expect(witness.text).not.toContain('↩');
  });

  it('keeps scripts, styles, frames, objects, forms, images and hidden elements out of the text, and fetches nothing', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const connectSpy = vi.spyOn(net.Socket.prototype, 'connect');
    const witness = await readPage(archivePage);
    for (const absent of ['<script', 'stolen', 'Injected', 'background', 'Framed', 'Object fallback', 'Password', 'hunter2', 'Sign in', 'tracking pixel', 'draft line', 'Another hidden', 'evil.example']) {
      expect(witness.text).not.toContain(absent);
    }
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(connectSpy).not.toHaveBeenCalled();
  });

  it('takes the whole body as the text when Readability finds no article in it', async () => {
    const witness = await readPage('<!DOCTYPE html><html><body><footer><p>Only a footnote survives.</p></footer></body></html>');
    expect(blocks(witness)).toEqual(['paragraph:Only a footnote survives.']);
  });

  it('refuses a page that shows no text, saying why', async () => {
    const message = await failure(htmlImporter.read({ fileName: 'empty.html', bytes: new TextEncoder().encode('<!DOCTYPE html><html><body><script>render()</script></body></html>') }));
    expect(message).toBe('empty.html shows no text to read: it may be a page whose text a script fetched, which a saved copy does not keep.');
  });
});

describe('the metadata of a saved page', () => {
  it('reads the title (without the site’s name), description, author and date of plain meta tags', async () => {
    const witness = await readPage(
      pageWith(`<title>Cable from Vyshinsky to Mao Zedong | Example Archive</title><meta name="description" content="Stalin's answer, relayed."><meta name="author" content="Andrei Vyshinsky"><meta name="date" content="1950-05-14"><meta name="keywords" content="Korea, cables">`),
    );
    expect(witness.meta).toEqual({ title: 'Cable from Vyshinsky to Mao Zedong', summary: "Stalin's answer, relayed.", author: 'Andrei Vyshinsky', dateText: '1950-05-14', date: '1950-05-14' });
  });

  it('prefers Dublin Core, and gives an ISO date only for a whole date', async () => {
    const witness = await readPage(
      pageWith(
        `<title>Page title</title><meta name="author" content="Web editor"><meta name="DC.title" content="Ciphered Telegram No. 8600"><meta name="DC.date" content="14 May 1950"><meta name="DC.creator" content="Vyshinsky, Andrei"><meta name="DC.rights" content="Reuse welcome for research."><meta name="DC.language" content="ru"><meta name="DC.publisher" content="Example Digital Archive">`,
      ),
    );
    expect(witness.meta).toEqual({
      title: 'Ciphered Telegram No. 8600',
      dateText: '14 May 1950',
      date: '1950-05-14',
      author: 'Vyshinsky, Andrei',
      rights: 'Reuse welcome for research.',
      language: 'ru',
      collection: 'Example Digital Archive',
    });
    const monthOnly = await readPage(pageWith('<meta name="DCTERMS.created" content="1950-05">'));
    expect(monthOnly.meta.dateText).toBe('1950-05');
    expect(monthOnly.meta.date).toBeUndefined();
  });

  it('reads DCTERMS names and the dc: prefix of RDFa alike', async () => {
    const witness = await readPage(
      pageWith(`<meta name="dcterms.title" content="Record of a conversation"><meta property="dc:creator" content="Kim Il Sung"><meta name="DCTERMS.issued" content="1950-04-10"><meta name="DCTERMS.rights" content="Public domain"><meta name="DCTERMS.language" content="ko">`),
    );
    expect(witness.meta).toMatchObject({ title: 'Record of a conversation', author: 'Kim Il Sung', date: '1950-04-10', rights: 'Public domain', language: 'ko' });
  });

  it('reads Open Graph tags', async () => {
    const witness = await readPage(
      pageWith(`<meta property="og:title" content="The Stalin–Mao cable"><meta property="og:description" content="A cable of May 1950."><meta property="og:url" content="https://archive.example.org/doc/8600"><meta property="og:locale" content="en_GB"><meta property="og:site_name" content="Example Archive">`),
    );
    expect(witness.meta).toEqual({
      title: 'The Stalin–Mao cable',
      summary: 'A cable of May 1950.',
      sourceUrl: 'https://archive.example.org/doc/8600',
      language: 'en-GB',
      collection: 'Example Archive',
    });
  });

  it('reads schema.org JSON-LD as data, never running it', async () => {
    const jsonLd = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Example Archive', url: 'https://archive.example.org/' },
        {
          '@type': 'ArchiveComponent',
          headline: 'Telegram from Vyshinsky to Mao',
          datePublished: '1950-05-14T05:30:00+03:00',
          author: [{ '@type': 'Person', name: 'Andrei Vyshinsky' }, { '@type': 'Person', name: 'Joseph Stalin' }],
          inLanguage: 'ru',
          url: 'https://archive.example.org/doc/8600',
        },
      ],
    });
    const witness = await readPage(pageWith(`<script type="application/ld+json">${jsonLd}</script><script type="application/ld+json">{ not json</script>`));
    expect(witness.meta).toEqual({
      title: 'Telegram from Vyshinsky to Mao',
      dateText: '1950-05-14T05:30:00+03:00',
      date: '1950-05-14',
      author: 'Andrei Vyshinsky; Joseph Stalin',
      language: 'ru',
      sourceUrl: 'https://archive.example.org/doc/8600',
    });
    expect(witness.text).not.toContain('ArchiveComponent');
  });

  it('reads the canonical link and the language of <html lang>, and falls back to the file name for a title', async () => {
    const witness = await readPage(pageWith('<link rel="canonical" href="https://archive.example.org/doc/8600">', ' lang="de"'), 'Telegramm 8600.html');
    expect(witness.meta).toEqual({ title: 'Telegramm 8600', sourceUrl: 'https://archive.example.org/doc/8600', language: 'de' });
  });

  it('takes the address a browser noted when it saved the page', async () => {
    const witness = await readPage(archivePage);
    expect(witness.meta.sourceUrl).toBe('https://digitalarchive.example.org/document/115976');
    expect(witness.meta.title).toBe('Ciphered Telegram No. 8600, Vyshinsky to Mao Zedong');
    expect(witness.meta.language).toBe('en');
  });
});

describe('the characters of a saved page', () => {
  const russian = 'Товарищ Мао Цзэдун! В беседе с корейскими товарищами Филиппов и его друзья высказали мнение, что они согласны с предложением корейцев.';

  it('are read in the charset its <meta charset> declares', async () => {
    const bytes = iconv.encode(`<!DOCTYPE html><html><head><meta charset="windows-1251"><title>Шифртелеграмма</title></head><body><p>${russian}</p></body></html>`, 'windows-1251');
    const witness = await readPage(bytes);
    expect(witness.text).toBe(russian);
    expect(witness.meta.title).toBe('Шифртелеграмма');
    expect(witness.encoding).toBe('windows-1251');
  });

  it('are read in the charset of an http-equiv declaration, and a BOM outranks any declaration', async () => {
    const declared = iconv.encode(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head><body><p>${russian}</p></body></html>`, 'koi8-r');
    expect((await readPage(declared)).text).toBe(russian);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(`<html><head><meta charset="windows-1251"></head><body><p>${russian}</p></body></html>`)]);
    const witness = await readPage(withBom);
    expect(witness.text).toBe(russian);
    expect(witness.encoding).toBe('UTF-8');
  });

  it('are guessed when the page declares nothing and is not UTF-8', async () => {
    const witness = await readPage(iconv.encode(`<html><body><p>${russian}</p></body></html>`, 'windows-1251'));
    expect(witness.text).toBe(russian);
    expect(witness.encoding).toBe('windows-1251');
  });

  it('are read in the encoding the reader chose, over the page’s own declaration', async () => {
    const bytes = iconv.encode(`<html><head><meta charset="utf-8"></head><body><p>${russian}</p></body></html>`, 'windows-1251');
    expect((await readPage(bytes, 'page.html', 'windows-1251')).text).toBe(russian);
    const message = await failure(htmlImporter.read({ fileName: 'page.html', bytes, encoding: 'x-martian' }));
    expect(message).toBe('Carrel does not know the encoding “x-martian” chosen for page.html: choose another, such as UTF-8 or windows-1252.');
  });
});

describe('recognising a page', () => {
  const recognises = (text: string | Uint8Array) => htmlImporter.recognises({ fileName: 'file', bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text });

  it('by a doctype or <html> after a BOM, white space, comments or an XML declaration', () => {
    expect(recognises('<!DOCTYPE html><p>x')).toBe(true);
    expect(recognises('\ufeff\n  <!-- saved from url=(0021)https://example.org/ -->\n<html lang="en">')).toBe(true);
    expect(recognises('<?xml version="1.0" encoding="utf-8"?>\n<!doctype HTML PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">')).toBe(true);
    expect(recognises(new Uint8Array([0xff, 0xfe, ...Array.from('<html>', (c) => [c.charCodeAt(0), 0]).flat()]))).toBe(true);
  });

  it('so that a saved page is read as HTML whatever its name', () => {
    expect(chooseImporter({ fileName: 'saved page.txt', bytes: archivePage })).toBe(htmlImporter);
  });

  it('not by markup that does not open the file', () => {
    expect(recognises('# Notes\n\n<html> is a tag')).toBe(false);
    expect(recognises('<TEI xmlns="http://www.tei-c.org/ns/1.0">')).toBe(false);
    expect(recognises('<htmlish>')).toBe(false);
  });
});

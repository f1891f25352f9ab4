import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { ParsedWitness } from '../document/model.js';
import { markdownImporter } from './markdown.js';

async function read(source: string | Uint8Array, fileName = 'telegram.md'): Promise<ParsedWitness> {
  const bytes = typeof source === 'string' ? new TextEncoder().encode(source) : source;
  const { witnesses } = await markdownImporter.read({ fileName, bytes });
  expect(witnesses).toHaveLength(1);
  return witnesses[0] as ParsedWitness;
}

/** Each block as the reader sees it: its kind, what it says besides, and its text. */
function blocks(witness: ParsedWitness): string[] {
  return witness.blocks.map(({ kind, start, end, ...details }) => {
    const said = Object.entries(details).map(([name, value]) => `${name}=${String(value)}`);
    return [kind, ...said].join(' ') + `: ${witness.text.slice(start, end)}`;
  });
}

function marks(witness: ParsedWitness): string[] {
  return witness.marks.map((mark) => `${mark.kind}: ${witness.text.slice(mark.start, mark.end)}`);
}

describe('Markdown structure', () => {
  it('reads headings with their level and paragraphs, a soft line break as a space and a hard one as a break', async () => {
    const witness = await read('# To Comrade Mao Zedong\n\n## Ciphered telegram\n\nComrade Mao Zedong! In a conversation\nwith the Korean comrades.\\\nFilippov\n');
    expect(blocks(witness)).toEqual([
      'heading level=1: To Comrade Mao Zedong',
      'heading level=2: Ciphered telegram',
      'paragraph: Comrade Mao Zedong! In a conversation with the Korean comrades.\nFilippov',
    ]);
    expect(witness.text).toBe('To Comrade Mao Zedong\n\nCiphered telegram\n\nComrade Mao Zedong! In a conversation with the Korean comrades.\nFilippov');
  });

  it('reads bullet and numbered lists with their nesting, an item’s later paragraph as a paragraph', async () => {
    const witness = await read('- Stalin\n- Mao\n  - Zhou Enlai\n\n  who will travel\n\n1. first\n2. second\n');
    expect(blocks(witness)).toEqual([
      'list-item ordered=false level=1: Stalin',
      'list-item ordered=false level=1: Mao',
      'list-item ordered=false level=2: Zhou Enlai',
      'paragraph: who will travel',
      'list-item ordered=true level=1: first',
      'list-item ordered=true level=1: second',
    ]);
  });

  it('reads block quotes with their depth, and code as a paragraph keeping its lines', async () => {
    const witness = await read('> Filippov agrees.\n>\n> > with the Koreans\n\n    line one\n    line two\n\n```\nfenced\n```\n');
    expect(blocks(witness)).toEqual(['quote level=1: Filippov agrees.', 'quote level=2: with the Koreans', 'paragraph: line one\nline two', 'paragraph: fenced']);
  });

  it('reads a table as cells with their row and column, each table counting from 0', async () => {
    const witness = await read('| Name | Code name |\n| --- | --- |\n| Stalin | Filippov |\n\nBetween.\n\n| Year |\n| --- |\n| 1950 |\n');
    expect(blocks(witness)).toEqual([
      'table-cell row=0 column=0: Name',
      'table-cell row=0 column=1: Code name',
      'table-cell row=1 column=0: Stalin',
      'table-cell row=1 column=1: Filippov',
      'paragraph: Between.',
      'table-cell row=0 column=0: Year',
      'table-cell row=1 column=0: 1950',
    ]);
  });

  it('marks emphasis and strong as emphasis and strikethrough as deleted, without their asterisks', async () => {
    const witness = await read('Comrade *Mao* Zedong, in **a _long_ talk**, ~~Filippov~~ Stalin.');
    expect(witness.text).toBe('Comrade Mao Zedong, in a long talk, Filippov Stalin.');
    expect(marks(witness)).toEqual(['emphasis: Mao', 'emphasis: a long talk', 'emphasis: long', 'deleted: Filippov']);
  });

  it('keeps the words of links and images and writes raw HTML as the text it is, never rendering it', async () => {
    const witness = await read('See [the archive](https://digitalarchive.wilsoncenter.org) and ![a seal](seal.png).\n\n<div onclick="x()">raw <b>bold</b></div>\n\nA &amp; B `code  span`');
    expect(blocks(witness)).toEqual([
      'paragraph: See the archive and a seal.',
      'paragraph: <div onclick="x()">raw <b>bold</b></div>',
      'paragraph: A & B code span',
    ]);
    expect(witness.marks).toEqual([]);
  });
});

describe('Markdown front matter and title', () => {
  it('reads front matter as metadata and leaves it out of the reading text', async () => {
    const witness = await read(
      [
        '---',
        'title: Ciphered telegram No. 8600',
        'date: 14 May 1950',
        'author: [Vyshinsky, Filippov]',
        'lang: ru',
        'license: Public domain',
        'source: https://digitalarchive.wilsoncenter.org/document/115976',
        'description: Stalin agrees to the Korean proposal.',
        'tags: [korea]',
        '---',
        '# To Comrade Mao Zedong',
        '',
        'Comrade Mao Zedong!',
      ].join('\n'),
    );
    expect(witness.meta).toEqual({
      title: 'Ciphered telegram No. 8600',
      date: '1950-05-14',
      dateText: '14 May 1950',
      author: 'Vyshinsky; Filippov',
      language: 'ru',
      rights: 'Public domain',
      sourceUrl: 'https://digitalarchive.wilsoncenter.org/document/115976',
      summary: 'Stalin agrees to the Korean proposal.',
    });
    expect(witness.text).toBe('To Comrade Mao Zedong\n\nComrade Mao Zedong!');
    expect(witness.source).toBe('markdown');
  });

  it('keeps a date that is not a full date as written only, and a source that is no address as provenance', async () => {
    const witness = await read('---\ndate: May 1950\nsource: Family papers, box 3\n---\nText.');
    expect(witness.meta).toEqual({ dateText: 'May 1950', provenance: 'Family papers, box 3' });
  });

  it('takes the first level-1 heading as the title when the front matter gives none', async () => {
    const witness = await read('## Preface\n\n# To Comrade Mao Zedong\n\n# Second\n');
    expect(witness.meta.title).toBe('To Comrade Mao Zedong');
    expect((await read('Just a paragraph.')).meta).toEqual({});
  });

  it('reads a rule and prose that merely look like front matter as Markdown', async () => {
    const witness = await read('---\nA line of prose\n---\nMore.');
    expect(witness.meta).toEqual({});
    expect(blocks(witness)).toEqual(['heading level=2: A line of prose', 'paragraph: More.']);
  });

  it('refuses front matter that is not valid YAML, naming the file and the line', async () => {
    const error = await markdownImporter.read({ fileName: 'notes.md', bytes: new TextEncoder().encode('---\ntitle: ok\nauthor: [unclosed\n---\nText') }).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toMatchObject({
      name: 'CarrelError',
      code: 'bad-request',
      message: 'notes.md starts with front matter that is not valid YAML (line 3): correct it, or remove the lines between the two ---.',
    });
  });
});

describe('Markdown bytes', () => {
  it('reads a Markdown file in windows-1251 as plain text is read, and records the encoding', async () => {
    const source = '# Товарищу Мао Цзэдуну\n\nТоварищ Мао Цзэдун! В беседе с корейскими товарищами *Филиппов* и его друзья высказали мнение.';
    const witness = await read(new Uint8Array(iconv.encode(source, 'windows-1251')));
    expect(witness.encoding).toBe('windows-1251');
    expect(witness.meta.title).toBe('Товарищу Мао Цзэдуну');
    expect(marks(witness)).toEqual(['emphasis: Филиппов']);
  });

  it('is told by its name, never by its bytes', () => {
    expect(markdownImporter.recognises({ fileName: 'telegram.md', bytes: new TextEncoder().encode('# Title\n\n- item\n') })).toBe(false);
    expect(markdownImporter.extensions).toEqual(['md', 'markdown']);
  });
});

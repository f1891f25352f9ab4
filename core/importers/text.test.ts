import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { ParsedWitness } from '../document/model.js';
import type { ImportFile } from './model.js';
import { textImporter } from './text.js';

/** The bytes as the store hands them over: a plain Uint8Array, not a Node Buffer. */
function encoded(text: string, encoding: string, addBOM = false): Uint8Array {
  return new Uint8Array(iconv.encode(text, encoding, { addBOM }));
}

async function read(bytes: Uint8Array, encoding?: string, fileName = 'letter.txt'): Promise<ParsedWitness> {
  const file: ImportFile = encoding === undefined ? { fileName, bytes } : { fileName, bytes, encoding };
  const { witnesses } = await textImporter.read(file);
  expect(witnesses).toHaveLength(1);
  return witnesses[0] as ParsedWitness;
}

async function refusal(file: ImportFile): Promise<string> {
  return textImporter.read(file).then(
    () => 'read without complaint',
    (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error)),
  );
}

function paragraphs(witness: ParsedWitness): string[] {
  return witness.blocks.map((block) => `${block.kind}:${witness.text.slice(block.start, block.end)}`);
}

const RUSSIAN =
  'Товарищу Мао Цзэдуну.\n\nТоварищ Мао Цзэдун! В беседе с корейскими товарищами Филиппов и его друзья высказали мнение, что в силу изменившейся международной обстановки они согласны с предложением корейцев приступить к объединению.';
const GERMAN = 'Größere Übungen für Schüler: Die Straße führt über die Brücke, während die Bäume blühen und die Vögel singen.';
const FRENCH = 'Le garçon était très fâché : « Où est passée la clé de l’été ? » demanda-t-il à sa sœur, qui coûtait 20 € à l’hôtel.';
const CHINESE = '毛泽东同志：菲利波夫同志在与朝鲜同志的谈话中提出，由于国际形势已经改变，他同意朝鲜人关于着手实现统一的建议。';
const JAPANESE = '吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。何でも薄暗いじめじめした所でニャーニャー泣いていた事だけは記憶している。';

describe('plain text in the encodings archives hold', () => {
  it.each([
    ['Russian', 'windows-1251', RUSSIAN, 'windows-1251'],
    ['Russian', 'koi8-r', RUSSIAN, 'KOI8-R'],
    ['German', 'windows-1252', GERMAN, 'windows-1252'],
    ['French', 'windows-1252', FRENCH, 'windows-1252'],
    ['Chinese', 'gb18030', CHINESE, 'GB18030'],
    ['Japanese', 'shift_jis', JAPANESE, 'Shift_JIS'],
  ])('reads %s in %s and says which encoding it was', async (_language, encoding, sample, name) => {
    const witness = await read(encoded(sample, encoding));
    expect(witness.text).toBe(sample);
    expect(witness.encoding).toBe(name);
    expect(witness.source).toBe('text');
  });

  it.each([
    ['UTF-16LE', 'with', RUSSIAN, true],
    ['UTF-16LE', 'without', GERMAN, false],
    ['UTF-16BE', 'without', RUSSIAN, false],
    ['UTF-16BE', 'with', FRENCH, true],
  ])('reads %s %s a byte order mark, leaving no mark in the text', async (encoding, _mark, sample, addBOM) => {
    const witness = await read(encoded(sample, encoding, addBOM));
    expect(witness.text).toBe(sample);
    expect(witness.encoding).toBe(encoding);
  });

  it('reads UTF-8, dropping its byte order mark', async () => {
    const witness = await read(encoded(RUSSIAN, 'utf-8', true));
    expect(witness.text).toBe(RUSSIAN);
    expect(witness.encoding).toBe('UTF-8');
  });

  it('takes bytes that are valid UTF-8 as UTF-8 whatever a guess would say', async () => {
    // "Ð¼Ð°Ð¹" is what UTF-8 "май" looks like in windows-1252: the guess must never be asked.
    expect((await read(new TextEncoder().encode('14 мая 1950 г.'))).encoding).toBe('UTF-8');
    expect((await read(new TextEncoder().encode('14 May 1950'))).text).toBe('14 May 1950');
  });

  it('composes to NFC and turns CRLF and lone CR into line feeds, and changes nothing else', async () => {
    const witness = await read(encoded('Cafe\u0301\r\nNo.\u00a08600  [Stalin]\rend \n', 'utf-16le', true));
    expect(witness.text).toBe('Caf\u00e9\nNo.\u00a08600  [Stalin]\nend \n');
  });
});

describe('an encoding the reader chose', () => {
  it('decodes in it when the guess was wrong, and records it', async () => {
    // DOS Cyrillic (IBM866) is common in Russian archives and chardet does not know it.
    const bytes = encoded(RUSSIAN, 'cp866');
    expect((await read(bytes)).text).not.toBe(RUSSIAN);
    const witness = await read(bytes, 'ibm866');
    expect(witness.text).toBe(RUSSIAN);
    expect(witness.encoding).toBe('IBM866');
  });

  it('reads a Latin-1 label as windows-1252, as browsers do, so curly quotes survive', async () => {
    const witness = await read(Uint8Array.of(0x93, 0x4f, 0xf9, 0x94, 0x20, 0x80), 'ISO-8859-1');
    expect(witness.text).toBe('“Où” €');
    expect(witness.encoding).toBe('windows-1252');
  });

  it('wins over a byte order mark', async () => {
    const witness = await read(Uint8Array.of(0xef, 0xbb, 0xbf, 0x41), 'windows-1252');
    expect(witness.text).toBe('ï»¿A');
  });

  it('refuses an encoding it does not know, in one sentence naming the file', async () => {
    expect(await refusal({ fileName: 'letter.txt', bytes: encoded(GERMAN, 'latin1'), encoding: 'klingon-1' })).toBe(
      'CarrelError: “klingon-1” is not an encoding Carrel knows: choose another one for letter.txt, such as UTF-8, windows-1251 or KOI8-R.',
    );
  });

  it('refuses UTF-8 chosen for bytes that are not, naming the file and the first bad byte', async () => {
    expect(await refusal({ fileName: 'letter.txt', bytes: encoded('Übung', 'windows-1252'), encoding: 'UTF-8' })).toBe(
      'CarrelError: letter.txt is not UTF-8 text: invalid byte 0xDC at byte 0 (line 1). Save it as UTF-8 and import it again.',
    );
  });
});

describe('a file that is not text', () => {
  const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0);

  it('is refused when it has NUL bytes that are not UTF-16', async () => {
    expect(await refusal({ fileName: 'scan.txt', bytes: png })).toBe(
      'CarrelError: scan.txt does not look like text: it has NUL bytes, as images, archives and programs do; if it is text, choose its encoding when you import it.',
    );
  });

  it('is refused when control characters are everywhere in it', async () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => [0x41, 0x42, 0x03, 0x04, 0x1b, 0x43][i % 6] as number);
    expect(await refusal({ fileName: 'dump.txt', bytes })).toBe(
      'CarrelError: dump.txt does not look like text: 150 of its 300 characters are control characters; if it is text, choose its encoding when you import it.',
    );
  });

  it('is read when it has only a stray control character or an old end-of-file mark', async () => {
    const witness = await read(Uint8Array.of(0x4f, 0x6c, 0x64, 0x07, 0x20, 0x66, 0x69, 0x6c, 0x65, 0x1a));
    expect(witness.text).toBe('Old\u0007 file\u001a');
  });
});

describe('paragraphs and title', () => {
  it('makes a block of each paragraph, keeping its line breaks, and takes a short first line as the title', async () => {
    const witness = await read(new TextEncoder().encode('  Letter to Mao  \n\nComrade Mao Zedong!\nFilippov agrees.\n \t\n\n  Vyshinsky\n'));
    expect(paragraphs(witness)).toEqual(['paragraph:Letter to Mao', 'paragraph:Comrade Mao Zedong!\nFilippov agrees.', 'paragraph:Vyshinsky']);
    expect(witness.meta).toEqual({ title: 'Letter to Mao' });
    expect(witness.marks).toEqual([]);
  });

  it('leaves the title unset when the first line runs on, is long, or is all there is', async () => {
    const runsOn = await read(new TextEncoder().encode('Comrade Mao Zedong!\nFilippov agrees.\n\nVyshinsky'));
    const long = await read(new TextEncoder().encode(`${'word '.repeat(30)}\n\nVyshinsky`));
    const alone = await read(new TextEncoder().encode('Only a line'));
    expect([runsOn.meta.title, long.meta.title, alone.meta.title]).toEqual([undefined, undefined, undefined]);
  });

  it('finds every paragraph, whatever the text and the blank lines between them', () => {
    const line = fc.stringMatching(/^[^\s][^\n]{0,30}[^\s]$|^[^\s]$/u);
    const paragraph = fc.array(line, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n'));
    const gap = fc.constantFrom('\n\n', '\n\n\n', '\n  \n', '\n\t\n\n');
    fc.assert(
      fc.asyncProperty(fc.array(paragraph, { minLength: 1, maxLength: 8 }), gap, async (texts, between) => {
        const text = texts.join(between).normalize('NFC');
        const witness = await read(new TextEncoder().encode(text));
        expect(witness.text).toBe(text);
        expect(witness.blocks.map((block) => text.slice(block.start, block.end))).toEqual(texts.map((t) => t.normalize('NFC')));
      }),
      { numRuns: 100 },
    );
  });

  it('reads a 10 MB text whole, paragraph by paragraph', async () => {
    const paragraph = 'Товарищ Мао Цзэдун! Филиппов согласен с предложением корейцев.\nВышинский';
    const count = 125_000;
    const text = Array.from({ length: count }, (_, i) => `${i}. ${paragraph}`).join('\n\n');
    const bytes = encoded(text, 'windows-1251');
    expect(bytes.length).toBeGreaterThan(10 * 1000 * 1000);
    const witness = await read(bytes);
    expect(witness.encoding).toBe('windows-1251');
    expect(witness.text).toBe(text);
    expect(witness.blocks).toHaveLength(count);
    const last = witness.blocks.at(-1);
    expect(last && witness.text.slice(last.start, last.end)).toBe(`${count - 1}. ${paragraph}`);
  });
});

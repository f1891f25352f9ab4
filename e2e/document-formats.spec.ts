/**
 * Each format a reader brings opens as what it is: a PDF with its pages, a Word file with its headings,
 * a TEI edition with its marks and its apparatus's copies as transcriptions, a saved web page without
 * its furniture; and a second copy joins a document as a transcription to compare.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { CommentRangeEnd, CommentRangeStart, CommentReference, Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { linesPdf } from '../core/importers/testing/pdf/pdf-fixtures.js';
import { expect, test } from './fixtures.js';
import iconv from 'iconv-lite';
import { notesPanel, paintedPassages, queryStore, selectWithMouse, writeNote } from './reader.js';

interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

const testing = (path: string) => new URL(`../core/importers/testing/${path}`, import.meta.url);
const importSheet = (page: Page) => page.getByRole('dialog', { name: 'Import documents' });
const article = (page: Page) => page.getByRole('article');

/** Imports `file` through the library's sheet, expects `outcome` for it, and closes the sheet on the document. */
async function importOne(page: Page, file: UploadFile, outcome: RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Import documents' }).click();
  await importSheet(page).getByLabel('Documents to import').setInputFiles([file]);
  await expect(importSheet(page).getByRole('status')).toHaveText('1 of 1 done.');
  await expect(importSheet(page).getByRole('listitem')).toHaveText([outcome]);
  await page.keyboard.press('Escape');
  await expect(importSheet(page)).toBeHidden();
}

/** Exports the open document's notes as Markdown through the Notes panel and answers the file's text. */
async function exportMarkdown(page: Page): Promise<string> {
  await notesPanel(page).getByRole('button', { name: 'Export notes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export notes' });
  await dialog.getByRole('radio', { name: 'Markdown' }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const markdown = readFileSync((await (await downloading).path()) ?? '', 'utf8');
  await expect(dialog).toBeHidden();
  return markdown;
}

test('a PDF opens in reading order with its pages marked where they begin, and a note on it cites its page', async ({ page, readingRoom }) => {
  const pdf = await linesPdf(
    [
      [
        { text: 'Minutes of the Seminar', x: 72, y: 760, size: 18, bold: true },
        { text: 'We read the cable of 14 May 1950 together.', x: 72, y: 720 },
      ],
      [{ text: 'Filippov is the code-name Stalin used.', x: 72, y: 760 }],
    ],
    { title: 'Minutes of the Seminar' },
  );
  await page.goto(readingRoom.url);
  await importOne(page, { name: 'minutes.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) }, /minutes\.pdf\s*Imported as “Minutes of the Seminar” \(PDF\)\./);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Minutes of the Seminar');
  await expect(article(page)).toContainText('We read the cable of 14 May 1950 together.');
  await expect(article(page).getByRole('separator', { name: 'Page 2' })).toBeVisible();
  await expect(article(page)).toContainText('Filippov is the code-name Stalin used.');

  await writeNote(page, 'the code-name Stalin used', 'Since 1945 at least.');
  const card = notesPanel(page).getByRole('listitem').filter({ hasText: 'the code-name Stalin used' });
  await expect(card.getByText('p. 2', { exact: true })).toBeVisible();
  await expect(card.getByText('page 2', { exact: true })).toBeAttached();
  const markdown = await exportMarkdown(page);
  expect(markdown).toContain('> the code-name Stalin used');
  expect(markdown).toMatch(/Since 1945 at least\.\n\np\. 2 · /);
});

test('letters in legacy Cyrillic encodings read as the writer wrote them, show the encoding they were read in, and are read again in another when the guess was wrong', async ({ page, readingRoom }) => {
  const letter = 'Письмо из Казани\n\nДорогая Анна, дорога на станцию закрыта до весны. Пишите мне в институт.\n';
  await page.goto(readingRoom.url);
  for (const [encoding, name] of [['windows-1251', 'letter-1251.txt'], ['koi8-r', 'letter-koi8.txt']] as const) {
    await importOne(page, { name, mimeType: 'text/plain', buffer: iconv.encode(letter, encoding) }, new RegExp(`${name.replace('.', '\\.')}\\s*Imported as “Письмо из Казани” \\(Text\\)\\.`));
    await expect(article(page)).toContainText('Дорогая Анна, дорога на станцию закрыта до весны.');
  }
  expect(queryStore<{ encoding: string }>(readingRoom.dataDir, 'SELECT encoding FROM witnesses WHERE source = ? ORDER BY file_name', 'text')).toEqual([
    { encoding: 'windows-1251' },
    { encoding: 'KOI8-R' },
  ]);

  // The encoding read in is shown, and a wrong one is corrected by reading the same bytes again, in place:
  // the page is not loaded again (a mark left on it stays), the choice keeps the focus, the title follows,
  // and a note on the letter is orphaned by the wrong reading and found again in the right one.
  await writeNote(page, 'дорога на станцию', 'Which station?');
  const readAs = page.getByRole('combobox', { name: 'Read as' });
  const orphans = notesPanel(page).getByRole('heading', { name: 'Orphaned' });
  await expect(readAs).toHaveValue('koi8-r');
  await page.evaluate(() => Object.assign(window, { carrelNotReloaded: true }));
  await readAs.focus();
  await readAs.selectOption('windows-1251');
  await expect(article(page)).not.toContainText('Дорогая Анна');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Письмо из Казани');
  await expect(orphans).toBeVisible();
  await expect.poll(() => paintedPassages(page)).toEqual([]);
  await expect(readAs).toHaveValue('windows-1251');

  await readAs.selectOption('koi8-r');
  await expect(article(page)).toContainText('Дорогая Анна, дорога на станцию закрыта до весны.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Письмо из Казани');
  await expect(orphans).toHaveCount(0);
  await expect.poll(() => paintedPassages(page)).toEqual(['дорога на станцию']);
  await expect(readAs).toHaveValue('koi8-r');
  await expect(readAs).toBeFocused();
  expect(await page.evaluate(() => 'carrelNotReloaded' in window)).toBe(true);
});

test('a PDF without a text layer is refused with the reason, and nothing is stored', async ({ page, readingRoom }) => {
  const blank = await linesPdf([[]]);
  await page.goto(readingRoom.url);
  await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Import documents' }).click();
  await importSheet(page).getByLabel('Documents to import').setInputFiles([{ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from(blank) }]);
  await expect(importSheet(page).getByRole('listitem')).toHaveText([/scan\.pdf\s*.*no text/i]);
  expect(queryStore(readingRoom.dataDir, 'SELECT id FROM documents')).toHaveLength(1);
});

test('a Word transcription keeps its headings and its footnote, its comments become notes, and it takes a highlight', async ({ page, readingRoom }) => {
  const word = new Document({
    title: 'Interview with a Cipher Clerk',
    comments: { children: [{ id: 0, author: 'Kathryn Weathersby', initials: 'KW', date: new Date('2024-03-01T09:30:00Z'), children: [new Paragraph('Which cables? Ask for the log.')] }] },
    footnotes: { 1: { children: [new Paragraph('Recorded in Moscow, 1992.')] } },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Interview with a Cipher Clerk', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: 'The night shift', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({
            children: [
              new CommentRangeStart(0),
              new TextRun('Cables came in'),
              new CommentRangeEnd(0),
              new TextRun({ children: [new CommentReference(0)] }),
              new TextRun(' after midnight.'),
              new FootnoteReferenceRun(1),
            ],
          }),
        ],
      },
    ],
  });
  const buffer = await Packer.toBuffer(word);
  await page.goto(readingRoom.url);
  await importOne(
    page,
    { name: 'interview.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer },
    /interview\.docx\s*Imported as “Interview with a Cipher Clerk” \(Word \(DOCX\)\)\./,
  );
  await expect(article(page).getByRole('heading', { name: 'The night shift' })).toBeVisible();
  await expect(article(page)).toContainText('Cables came in after midnight.');
  await expect(article(page)).toContainText('Recorded in Moscow, 1992.');
  await expect.poll(() => paintedPassages(page)).toEqual(['Cables came in']);
  await expect(notesPanel(page).getByRole('listitem').filter({ hasText: 'Which cables? Ask for the log.' })).toContainText('Kathryn Weathersby');

  // The reader's own highlight beside the comment.
  await selectWithMouse(page, 'after midnight');
  await page.keyboard.press('h');
  await expect.poll(() => paintedPassages(page)).toEqual(['Cables came in', 'after midnight']);
});

test('a TEI edition reads with its editorial marks, and its apparatus opens as one transcription per copy', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  await importOne(page, { name: 'letter.xml', mimeType: 'application/xml', buffer: readFileSync(testing('tei/letter.xml')) }, /letter\.xml\s*Imported as “Letter from Anna Keller to Pavel Orlov, 3 March 1921” \(TEI XML\)\./);
  await expect(article(page).getByRole('heading', { name: 'What remains' })).toBeVisible();
  await expect(article(page)).toContainText('The ledgers arrived on Tuesday');
  await expect(article(page).getByRole('deletion')).toHaveText('send');
  await expect(article(page).getByRole('insertion')).toHaveText('am sending');

  // The edition's own identifications are proposed as person tags, people the registry lacked added to it.
  await page.getByRole('tab', { name: /^People/ }).click();
  const orlov = page.getByRole('region', { name: 'People', exact: true }).getByRole('group', { name: 'Proposed mentions of Pavel Orlov' });
  await orlov.getByRole('button', { name: 'Accept Pavel as Pavel Orlov' }).click();
  await expect(orlov.getByRole('button', { name: 'Accept Pavel as Pavel Orlov' })).toBeHidden();
  await expect
    .poll(() => queryStore(readingRoom.dataDir, `SELECT a.quote_exact FROM annotations a JOIN annotation_people ap ON ap.annotation_id = a.id JOIN people p ON p.id = ap.person_id WHERE p.preferred_name = 'Pavel Orlov'`))
    .toEqual([{ quote_exact: 'Pavel' }]);
  await page.getByRole('tab', { name: /^Notes/ }).click();

  await importOne(page, { name: 'mill-song.xml', mimeType: 'application/xml', buffer: readFileSync(testing('tei/apparatus.xml')) }, /Imported as “The mill song, in two copies”/);
  await expect(article(page)).toContainText('The river keeps its counsel');
  await page.getByRole('radio', { name: 'Vienna copy' }).click();
  await expect(article(page)).toContainText('The river keeps her counsel, the mill the turning wheel, and sings.');
});

test('a page saved from a digital archive comes in as its text, without the site around it, and takes a highlight', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  await importOne(
    page,
    { name: 'archive-page.html', mimeType: 'text/html', buffer: readFileSync(testing('html/archive-page.html')) },
    /archive-page\.html\s*Imported as “Ciphered Telegram No\. 8600, Vyshinsky to Mao Zedong” \(HTML\)\./,
  );
  await expect(article(page)).toContainText('Filippov');
  expect(queryStore<{ source: string }>(readingRoom.dataDir, 'SELECT source FROM witnesses WHERE file_name = ?', 'archive-page.html')).toEqual([{ source: 'html' }]);
  await selectWithMouse(page, 'Telegraph the fulfillment.');
  await page.keyboard.press('h');
  await expect.poll(() => paintedPassages(page)).toEqual(['Telegraph the fulfillment.']);
});

test('a second copy of a letter joins it as a transcription, and the two compare', async ({ page, readingRoom }) => {
  const copy = (text: string, name: string): UploadFile => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
  await page.goto(readingRoom.url);
  await importOne(page, copy('Letter from Kazan\n\nThe road to the station is closed until spring.\n', 'kazan.txt'), /Imported as “Letter from Kazan”/);

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Add transcription…' }).click();
  await (await chooser).setFiles([copy('Letter from Kazan\n\nThe road to the station is open again since spring.\n', 'kazan-copy.txt')]);
  await expect(page.getByRole('radio', { name: 'Text 2' })).toBeChecked();
  await expect(article(page)).toContainText('open again since spring');

  await page.getByRole('button', { name: 'Compare' }).click();
  const apparatus = page.getByRole('region', { name: 'Apparatus' });
  await expect(apparatus.getByRole('listitem')).toHaveCount(1);
  await expect(apparatus.getByRole('listitem')).toContainText('closed until');
  await expect(apparatus.getByRole('listitem')).toContainText('open again since');
});

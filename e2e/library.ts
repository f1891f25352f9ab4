/**
 * What an e2e story does in the library: import files through its sheet, find it and its documents, and
 * open a document's Information tab.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { linesPdf } from '../core/importers/testing/pdf/pdf-fixtures.js';

/** A file as the browser hands it over. */
export interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** The library's navigation. */
export const library = (page: Page) => page.getByRole('navigation', { name: 'Library' });

/** A document's link in the library, by the start of its title. */
export const libraryLink = (page: Page, title: string) => library(page).getByRole('link', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`, 'u') });

/** The titles of the documents the library lists, in its order. */
export const listedTitles = (page: Page) => library(page).getByRole('link').locator('.library-title');

/** The Information panel beside the text. */
export const infoPanel = (page: Page) => page.getByRole('region', { name: 'Document information', exact: true });

/** Opens the Information tab of the open document. */
export async function openInformation(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Information' }).click();
  await expect(infoPanel(page)).toBeVisible();
}

const importSheet = (page: Page) => page.getByRole('dialog', { name: 'Import documents' });

/** Imports `file` through the library's Import… sheet, expects `outcome` for it, and closes the sheet on the document, open. */
export async function importOne(page: Page, file: UploadFile, outcome: RegExp): Promise<void> {
  await library(page).getByRole('button', { name: 'Import documents' }).click();
  await importSheet(page).getByLabel('Documents to import').setInputFiles([file]);
  await expect(importSheet(page).getByRole('status')).toHaveText('1 of 1 done.');
  await expect(importSheet(page).getByRole('listitem')).toHaveText([outcome]);
  await page.keyboard.press('Escape');
  await expect(importSheet(page)).toBeHidden();
}

/** The TEI letter of the importers' tests (Anna Keller to Pavel Orlov, 3 March 1921). */
export const TEI_LETTER_TITLE = 'Letter from Anna Keller to Pavel Orlov, 3 March 1921';

/** Imports the TEI letter through the UI; it opens. */
export async function importTeiLetter(page: Page): Promise<void> {
  const buffer = readFileSync(new URL('../core/importers/testing/tei/letter.xml', import.meta.url));
  await importOne(page, { name: 'letter.xml', mimeType: 'application/xml', buffer }, /letter\.xml\s*Imported as “Letter from Anna Keller to Pavel Orlov, 3 March 1921” \(TEI XML\)\./u);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEI_LETTER_TITLE);
}

/** The seminar's minutes as a PDF of two pages. */
export const MINUTES_TITLE = 'Minutes of the Korea Seminar';

/** Lines set as paragraphs from `top` down a page: 14 points a line, 10 more between paragraphs. */
function setParagraphs(paragraphs: readonly (readonly string[])[], top: number): { text: string; x: number; y: number }[] {
  const lines: { text: string; x: number; y: number }[] = [];
  let y = top;
  for (const paragraph of paragraphs) {
    paragraph.forEach((text, index) => {
      lines.push({ text, x: index === 0 ? 90 : 72, y });
      y -= 14;
    });
    y -= 10;
  }
  return lines;
}

/** Imports a two-page PDF of a seminar's minutes through the UI; it opens. */
export async function importMinutesPdf(page: Page): Promise<void> {
  const pdf = await linesPdf(
    [
      [
        { text: MINUTES_TITLE, x: 72, y: 770, size: 18, bold: true },
        { text: 'Session of 16 May 1950, seminar room 4', x: 72, y: 746, size: 11 },
        ...setParagraphs(
          [
            ['We read the ciphered telegram of 14 May 1950 together, first in the archive record', 'and then in the page saved from the digital archive, and compared the two', 'transcriptions line by line.'],
            ['The record gives the header fields that the web page leaves out: the issuing', 'number, the times of sending and receipt, and the copy list at the foot. The web', 'page adds a summary of its own, which the seminar agreed to treat as an editorial', 'note and not as part of the text.'],
            ['Discussion turned on the word "postponed" in the last sentence of the body, and', 'on what the Chinese comrades were asked to decide.'],
          ],
          712,
        ),
      ],
      [
        ...setParagraphs(
          [
            ['Filippov is the code-name Stalin used in his cables to Beijing; the archive record', 'glosses it once, in square brackets, as an editorial insertion.'],
            ['Next session: the letters of the Keller family, from Graz, in their TEI edition,', 'with the apparatus of the two copies.'],
          ],
          770,
        ),
      ],
    ],
    { title: MINUTES_TITLE, author: 'Korea Seminar' },
  );
  await importOne(page, { name: 'minutes.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) }, /minutes\.pdf\s*Imported as “Minutes of the Korea Seminar” \(PDF\)\./u);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(MINUTES_TITLE);
}

/**
 * What an e2e story does in the reader: select a phrase with the mouse as a person would, see which
 * passages are painted, and read what the store holds afterwards.
 */
import { expect, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { join } from 'node:path';

/** Where the first and last letters of the first occurrence of `phrase` in the reading text are on screen. */
async function phraseEnds(page: Page, phrase: string): Promise<{ x1: number; y1: number; x2: number; y2: number }> {
  await page.getByRole('article').getByText(phrase).first().scrollIntoViewIfNeeded();
  return page.getByRole('article').evaluate((article, wanted) => {
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      // The paragraph is in view, but the phrase may be below the fold or at the very edge of its pane,
      // where a drag scrolls the pane as it goes: put the phrase in the middle of the pane first.
      const whole = document.createRange();
      whole.setStart(node, at);
      whole.setEnd(node, at + wanted.length);
      let pane = article.parentElement;
      while (pane && !(pane.scrollHeight > pane.clientHeight && /auto|scroll/.test(getComputedStyle(pane).overflowY))) pane = pane.parentElement;
      const shown = pane?.getBoundingClientRect() ?? { top: 0, bottom: innerHeight, height: innerHeight };
      const phraseBox = whole.getBoundingClientRect();
      if (phraseBox.top < shown.top + shown.height / 4 || phraseBox.bottom > shown.bottom - shown.height / 4) {
        (pane ?? document.scrollingElement)?.scrollBy({ top: phraseBox.top + phraseBox.height / 2 - (shown.top + shown.height / 2), behavior: 'instant' });
      }
      const box = (offset: number) => {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        return range.getBoundingClientRect();
      };
      const first = box(at);
      const last = box(at + wanted.length - 1);
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }
    throw new Error(`"${wanted}" is not in one text node of the reading text`);
  }, phrase);
}

/**
 * Waits until the room has taken over the host's first screen and its keys work (the reading desk marks
 * the moment, renderer/first-screen/keys-working.ts): a page opened with the session shows the host's
 * HTML first, and a key pressed or a field filled before the room's code runs does nothing, for a test as
 * for a reader that quick.
 */
export async function roomTakenOver(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('carrel:interactive').length > 0);
}

/** Drags the mouse across the first occurrence of `phrase` in the reading text, from its first to its last letter. */
export async function selectWithMouse(page: Page, phrase: string): Promise<void> {
  const ends = await phraseEnds(page, phrase);
  await page.mouse.move(ends.x1, ends.y1);
  await page.mouse.down();
  await page.mouse.move(ends.x2, ends.y2, { steps: 8 });
  await page.mouse.up();
}

/** The Notes panel beside the text. */
export const notesPanel = (page: Page) => page.getByRole('region', { name: 'Notes', exact: true });

/**
 * Selects `passage` with the mouse, presses A and writes `note`, as a reader makes a note; waits until it
 * is saved. The note's card stays open in the Notes panel.
 */
export async function writeNote(page: Page, passage: string, note: string): Promise<void> {
  await selectWithMouse(page, passage);
  await page.keyboard.press('a');
  await expect(notesPanel(page).getByRole('textbox', { name: 'Note', exact: true })).toBeFocused();
  await page.keyboard.type(note);
  await expect(notesPanel(page).getByText('Saved', { exact: true })).toBeVisible();
}

/** Clicks the middle of the first occurrence of `phrase` (a word or two on one line) in the reading text. */
export async function clickPhrase(page: Page, phrase: string): Promise<void> {
  const ends = await phraseEnds(page, phrase);
  await page.mouse.click((ends.x1 + ends.x2) / 2, ends.y1);
}

/**
 * Selects the first occurrence of `phrase` with the keyboard alone: Tab to the text, word moves
 * (Ctrl+Right) to the phrase, then Shift+Right letter by letter.
 */
export async function selectWithKeyboard(page: Page, phrase: string): Promise<void> {
  const article = page.getByRole('article');
  await expect(article).toContainText(phrase);
  for (let i = 0; i < 30 && !(await article.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(article).toBeFocused();
  const afterCaret = () =>
    page.evaluate((length) => {
      const selection = getSelection();
      const offset = selection?.focusOffset ?? 0;
      return selection?.focusNode?.textContent?.slice(offset, offset + length) ?? '';
    }, phrase.length + 1);
  for (let i = 0; i < 400 && !(await afterCaret()).trimStart().startsWith(phrase); i++) await page.keyboard.press('Control+ArrowRight');
  // Word moves stop at a word's end, before the space.
  if ((await afterCaret()).startsWith(' ')) await page.keyboard.press('ArrowRight');
  expect((await afterCaret()).startsWith(phrase)).toBe(true);
  for (let i = 0; i < phrase.length; i++) await page.keyboard.press('Shift+ArrowRight');
  expect(await page.evaluate(() => getSelection()?.toString())).toBe(phrase);
}

/**
 * Selects `passage` with the keyboard, presses P, types `name` and takes the first person offered with
 * Enter, then closes the picker with a second Enter, as a keyboard reader tags someone.
 */
export async function tagByKeyboard(page: Page, passage: string, name: string): Promise<void> {
  await selectWithKeyboard(page, passage);
  await page.keyboard.press('p');
  const picker = page.getByRole('dialog', { name: 'Tag people' });
  await expect(picker.getByRole('combobox', { name: 'Person' })).toBeFocused();
  await page.keyboard.type(name);
  await expect(picker.getByRole('option', { name: new RegExp(`^${name}`, 'u') })).toBeVisible();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
}

/** The CSS Custom Highlights that paint each kind of passage over the text. */
const PAINTED = {
  own: '^carrel-\\d+$',
  projected: '^carrel-projected-\\d+$',
  proposed: '^carrel-mention$',
  tagged: '^carrel-person-\\d+$',
} as const;

/**
 * The texts of the passages painted as annotations (CSS Custom Highlights named carrel-<n>), sorted; with
 * `kind` 'projected', those of notes from another transcription (carrel-projected-<n>); 'proposed', the
 * mentions of people awaiting the reader; 'tagged', the passages tagged with someone.
 */
export function paintedPassages(page: Page, kind: keyof typeof PAINTED = 'own'): Promise<string[]> {
  return page.evaluate(
    (pattern) =>
      [...CSS.highlights.entries()]
        .filter(([name]) => new RegExp(pattern).test(name))
        .flatMap(([, highlight]) =>
          [...highlight].map((painted) => {
            const range = document.createRange();
            range.setStart(painted.startContainer, painted.startOffset);
            range.setEnd(painted.endContainer, painted.endOffset);
            return range.toString();
          }),
        )
        .sort(),
    PAINTED[kind],
  );
}

/** Reads the store beside the running host (WAL lets a reader in while it writes). */
export function queryStore<T>(dataDir: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(join(dataDir, 'carrel.sqlite'), { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** Changes the store beside the running host, as an editor of a witness's text would. */
export function writeStore(dataDir: string, sql: string, ...params: unknown[]): number {
  const db = new Database(join(dataDir, 'carrel.sqlite'));
  try {
    return db.prepare(sql).run(...params).changes;
  } finally {
    db.close();
  }
}

/** Where the selection is in the reading text: the words just before and after it, what it holds, and whether the text has the focus. */
export interface CaretPlace {
  before: string;
  selected: string;
  after: string;
  textFocused: boolean;
}

/** The selection as `CaretPlace`, `length` characters either side (spaces as the text has them). */
export function caretPlace(page: Page, length = 40): Promise<CaretPlace> {
  return page.getByRole('article').evaluate((article, around) => {
    const selection = getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    if (!range || !article.contains(range.startContainer)) return { before: '', selected: '', after: '', textFocused: document.activeElement === article };
    const head = document.createRange();
    head.setStart(article, 0);
    head.setEnd(range.startContainer, range.startOffset);
    const tail = document.createRange();
    tail.setStart(range.endContainer, range.endOffset);
    tail.setEnd(article, article.childNodes.length);
    return {
      before: head.toString().slice(-around),
      selected: range.toString(),
      after: tail.toString().slice(0, around),
      textFocused: document.activeElement === article,
    };
  }, length);
}

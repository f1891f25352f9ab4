/**
 * Highlights in Chromium through the loopback host (issue 4). First a generated 1 MB document with 10,000
 * annotations, opened and its highlights painted (target under 300 ms). "Opened" as the issue means it: in
 * the running reading room, on the telegram, the reader clicks the document in the library; timed from
 * the click. The cold start (the page loaded at the document's address, timed from the navigation's
 * start) is printed beside it, labelled: no page here paints at all within 300 ms of navigating (see
 * cold-start.ts). "Painted" is what the reader sees:
 * every annotation in the text shown in the window. The reader registers only the stretch of text around
 * the window and puts a long text on the page in steps, so the rest is measured apart: when the whole
 * text is on the page, and a scroll through all of it, a screen at a time, each screen painted. Then H
 * pressed on a selection of the seeded telegram until its highlight is painted (target median under
 * 16 ms, the HTTP round trip to the host included). Timings are taken inside the page with
 * performance.now(), from the click or the navigation's start, so neither Playwright's own messaging nor
 * the browser's launch is counted.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { openCarrel } from '../db/index.js';
import { importWitnessFile } from '../db/import-witness.js';
import { sessionCookie, startServe, stopServe, type SessionCookie } from '../e2e/serve-process.js';
import { busyMachine } from './busy-machine.js';
import { median, ms, percentile } from './stats.js';

const LAUNCH = {
  executablePath: process.env.CARREL_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

/** The calls the Notes panel makes for its first cards; the first is its listing of the witness's notes. */
const PANEL_CALLS = ['listAnnotationOutlines', 'getAnnotations'];

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32): the same document and passages on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Plain lower-case prose words: no names of the seeded people (their mentions would be painted too, by
// another layer), no digits or brackets that the witness parser could take for headings or editorial marks.
const WORDS = (
  'the of and to in a that is was for it with as on be at by had not are but from or have an they which one were all there would ' +
  'their been has when will more no if out so said what up its about into than them can only other new some could time these two may ' +
  'then do first any now such like our over even most made after also did many before must through question proposal conversation ' +
  'decision agreement situation meeting answer report party government delegation matter opinion support position reply message ' +
  'discussion request plan view side army road river harbour winter spring summer autumn morning evening letter draft copy text ' +
  'agreed asked answered wrote read sent received considered proposed decided prepared reported informed confirmed noted'
).split(' ');

/** A word (or a passage) of the generated text, [start, end) in UTF-16 units. */
export interface WordSpan {
  start: number;
  end: number;
}

/** A generated plain-text witness and where its words are, paragraph by paragraph. */
interface GeneratedDocument {
  text: string;
  paragraphs: WordSpan[][];
}

/** About `units` of prose in paragraphs separated by blank lines, as a plain-text witness is written. */
function generateDocument(random: () => number, units: number): GeneratedDocument {
  const pick = (): string => WORDS[Math.floor(random() * WORDS.length)] ?? 'the';
  const between = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
  let text = '';
  const paragraphs: WordSpan[][] = [];
  while (text.length < units) {
    if (paragraphs.length > 0) text += '\n\n';
    const words: WordSpan[] = [];
    const sentences = between(3, 7);
    for (let s = 0; s < sentences; s++) {
      const length = between(6, 18);
      for (let w = 0; w < length; w++) {
        if (s > 0 || w > 0) text += w === 0 ? ' ' : random() < 0.08 ? ', ' : ' ';
        const word = pick();
        const written = w === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word;
        words.push({ start: text.length, end: text.length + written.length });
        text += written;
      }
      text += '.';
    }
    paragraphs.push(words);
  }
  return { text, paragraphs };
}

/**
 * `count` distinct passages of 2 to 8 words, each inside one paragraph, at random: some overlap or nest,
 * as a reader's do. Distinct, because two annotations of the same passage share one painted range.
 */
function choosePassages(random: () => number, paragraphs: readonly WordSpan[][], count: number): WordSpan[] {
  const chosen = new Map<string, WordSpan>();
  while (chosen.size < count) {
    const words = paragraphs[Math.floor(random() * paragraphs.length)] ?? [];
    const first = Math.floor(random() * words.length);
    const last = Math.min(words.length - 1, first + 1 + Math.floor(random() * 7));
    const [from, to] = [words[first], words[last]];
    if (!from || !to || last === first) continue;
    chosen.set(`${from.start}:${to.end}`, { start: from.start, end: to.end });
  }
  return [...chosen.values()];
}

/** What making the large fixture took: reported apart, it is not a figure of the issue. */
export interface PaintSetup {
  textUnits: number;
  generateMs: number;
  importMs: number;
  createMs: number;
  /** The host's side of opening: the dispatcher answering the Notes panel's listing (PANEL_CALLS[0]), median of 3. */
  listAnswerMs: number;
  /** That answer as JSON, in characters: what crosses the loopback and is parsed in the page. */
  listAnswerChars: number;
}

/**
 * Writes the generated document into `dataDir` (fresh) and annotates it through the service, in batches
 * of one transaction each (the service's own transaction nests as a savepoint), so that the 10,000
 * creations share ten commits rather than taking one each. Exported for profiling the opening by hand;
 * the caller removes the folder.
 */
export async function prepareLargeDocument(
  dataDir: string,
  annotations: number,
): Promise<{ documentId: string; witnessId: string; otherDocumentId: string; passages: WordSpan[]; setup: PaintSetup }> {
  const random = seededRandom(1950);
  let started = performance.now();
  const generated = generateDocument(random, 1_000_000);
  const passages = choosePassages(random, generated.paragraphs, annotations);
  const generateMs = performance.now() - started;

  const app = openCarrel({ dataDir, version: 'bench' });
  try {
    started = performance.now();
    const imported = importWitnessFile(app.store, 'generated-1mb.txt', new TextEncoder().encode(generated.text));
    const importMs = performance.now() - started;

    started = performance.now();
    const batch = 1000;
    for (let from = 0; from < passages.length; from += batch) {
      app.store.db.transaction(() => {
        for (const passage of passages.slice(from, from + batch)) {
          const made = app.service.createAnnotation({ witnessId: imported.witnessId, ...passage });
          // Inside a transaction the work must be done when the call returns; a promise would commit early.
          if (made instanceof Promise) throw new Error('createAnnotation answered asynchronously: it cannot be batched in one transaction');
        }
      })();
    }
    const createMs = performance.now() - started;

    const answers: { ms: number; chars: number }[] = [];
    for (let i = 0; i < 3; i++) {
      started = performance.now();
      const answer = await app.dispatch(PANEL_CALLS[0] ?? '', { witnessId: imported.witnessId });
      const chars = JSON.stringify(answer).length;
      answers.push({ ms: performance.now() - started, chars });
    }
    const setup: PaintSetup = {
      textUnits: generated.text.length,
      generateMs,
      importMs,
      createMs,
      listAnswerMs: median(answers.map((answer) => answer.ms)),
      listAnswerChars: answers[0]?.chars ?? 0,
    };
    // The folder was seeded with the telegram on its first open: the document the reader starts on.
    const otherDocumentId = (await app.service.listDocuments({})).find((document) => document.id !== imported.documentId)?.id;
    if (!otherDocumentId) throw new Error('the data folder holds no document but the generated one');
    return { documentId: imported.documentId, witnessId: imported.witnessId, otherDocumentId, passages, setup };
  } finally {
    app.close();
  }
}

/**
 * Notes in `window.__carrelRegisteredAt` when the page last registered an annotation highlight, and which
 * highlight objects it registered when (`window.__carrelRegistered`), by wrapping the registry's `set` on
 * its instance: it splits the app's own work (answer to highlights registered) from the browser's
 * (registered to painted) without touching the renderer.
 */
const WATCH_REGISTRY = `if (!window.__carrelRegistered) {
  window.__carrelRegisteredAt = null;
  window.__carrelRegistered = new WeakMap();
  const set = CSS.highlights.set;
  CSS.highlights.set = function (name, highlight) {
    if (/^carrel-\\d+$/.test(name)) {
      window.__carrelRegisteredAt = performance.now();
      window.__carrelRegistered.set(highlight, window.__carrelRegisteredAt);
    }
    return set.call(this, name, highlight);
  };
}`;

/**
 * The offsets [start, end) of the reading text shown in the window: from the first block of the article
 * whose box reaches into the window to the last. Blocks are in text order down the page, so the first is
 * found by binary search rather than by measuring thousands.
 */
const SHOWN_TEXT = `(article) => {
  const blocks = article.querySelectorAll('.block');
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (blocks[middle].getBoundingClientRect().bottom <= 0) low = middle + 1;
    else high = middle;
  }
  let end = null;
  for (let index = low; index < blocks.length && blocks[index].getBoundingClientRect().top < innerHeight; index++) end = Number(blocks[index].dataset.end);
  return end === null ? null : { start: Number(blocks[low].dataset.start), end };
}`;

/**
 * The passages painted as annotations, as "start:end" in reading-text offsets (a range's boundary is its
 * text node's data-start plus the offset in it, the rule MarkedText keeps).
 */
const PAINTED_PASSAGES = `() => {
  const at = (node, offset) => Number(node.parentElement.dataset.start) + offset;
  const painted = new Set();
  for (const [name, highlight] of CSS.highlights) {
    if (!/^carrel-\\d+$/.test(name)) continue;
    for (const range of highlight) painted.add(at(range.startContainer, range.startOffset) + ':' + at(range.endContainer, range.endOffset));
  }
  return painted;
}`;

/** True when every one of `passages` that lies in the text shown in the window is painted. */
const SCREEN_PAINTED = `(article, passages) => {
  const shown = (${SHOWN_TEXT})(article);
  if (!shown) return false;
  const want = passages.filter(([start, end]) => start < shown.end && end > shown.start);
  const have = (${PAINTED_PASSAGES})();
  return want.every(([start, end]) => have.has(start + ':' + end));
}`;

/**
 * Run in each new page before its scripts: defines `window.__carrelWatchOpen(origin)`, which records, at
 * the animation frame where each first holds and in milliseconds from `origin` (a performance.now()
 * time), when the reading text of witness `witnessId` is in its article, when every one of `passages`
 * that lies in the text shown in the window is painted (the first screen, what the reader sees) and two
 * frames later, and when the whole text is on the page; and every long animation frame, to tell script
 * from rendering. With `fromNavigation` it is called at once, with the navigation's start as origin.
 */
function openProbe(passages: readonly WordSpan[], witnessId: string, fromNavigation: boolean): string {
  return `(() => {
    ${WATCH_REGISTRY}
    const screenPainted = ${SCREEN_PAINTED};
    window.__carrelPassages = ${JSON.stringify(passages.map(({ start, end }) => [start, end]))};
    const frames = [];
    try {
      new PerformanceObserver((list) => {
        for (const frame of list.getEntries()) {
          frames.push({ start: frame.startTime, duration: frame.duration, renderStart: frame.renderStart });
        }
      }).observe({ type: 'long-animation-frame', buffered: true });
    } catch {
      // An older browser without long-animation-frame: the breakdown is left out.
    }
    window.__carrelWatchOpen = (origin) => {
      const marks = { origin, textShown: null, wholeText: null, screenPainted: null, screenSettled: null, firstCards: null, frames };
      window.__carrelOpen = marks;
      let settle;
      window.__carrelOpenSettled = new Promise((resolve) => { settle = resolve; });
      let checkedAt = null;
      const tick = () => {
        const now = performance.now() - origin;
        const article = document.querySelector('article[data-reading^=${JSON.stringify(witnessId + ' ')}]');
        const shown = article && article.querySelector('[data-start]');
        if (marks.textShown === null && shown) marks.textShown = now;
        if (marks.wholeText === null && shown && !article.hasAttribute('data-partial')) marks.wholeText = now;
        // A card with its quote: one drawn whole, not a place kept for a note still on its way.
        if (marks.firstCards === null && article && document.querySelector('.notes .card .card-quote')) marks.firstCards = now;
        // Looked at again only when the app registered something since: the check itself costs the page time.
        if (marks.screenPainted === null && article && window.__carrelRegisteredAt !== null && window.__carrelRegisteredAt !== checkedAt) {
          checkedAt = window.__carrelRegisteredAt;
          if (screenPainted(article, window.__carrelPassages)) {
            marks.screenPainted = now;
            requestAnimationFrame(() => requestAnimationFrame(() => {
              marks.screenSettled = performance.now() - origin;
            }));
          }
        }
        if (marks.screenSettled === null || marks.wholeText === null || marks.firstCards === null) requestAnimationFrame(tick);
        else settle();
      };
      requestAnimationFrame(tick);
    };
    ${fromNavigation ? 'window.__carrelWatchOpen(0);' : ''}
  })()`;
}

/**
 * Scrolls the opened text from top to bottom a screen (nine tenths of the window) at a time, as a reader
 * paging through it, and after each step waits, frame by frame, until every passage in the window is
 * painted. Resolves with the milliseconds each step took, from the scroll to the frame that shows it all.
 */
const SCROLL_THROUGH = `(async () => {
  const screenPainted = ${SCREEN_PAINTED};
  const article = document.querySelector('article[data-reading]');
  let scroller = article.parentElement;
  while (scroller && !(['auto', 'scroll'].includes(getComputedStyle(scroller).overflowY) && scroller.scrollHeight > scroller.clientHeight)) scroller = scroller.parentElement;
  scroller = scroller ?? document.scrollingElement;
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const steps = [];
  for (;;) {
    const before = scroller.scrollTop;
    scroller.scrollBy({ top: innerHeight * 0.9, behavior: 'instant' });
    if (scroller.scrollTop === before) break;
    const scrolledAt = performance.now();
    await frame();
    // A stretch with no annotation in view counts as painted at once.
    while (!screenPainted(article, window.__carrelPassages)) await frame();
    steps.push(performance.now() - scrolledAt);
  }
  return steps;
})()`;

/** A long animation frame of the page: script runs until renderStart, then rAF callbacks, style, layout and paint. */
export interface LongFrame {
  start: number;
  duration: number;
  renderStart: number;
}

/** When one call to the host was answered, from the page's resource timing. */
export interface ApiTiming {
  method: string;
  start: number;
  end: number;
  bytes: number;
}

/** One opening of the large document, in milliseconds from the navigation's start. */
export interface OpenRun {
  textShownMs: number;
  /** Every annotation in the text shown in the window painted: the first screen as the reader sees it. */
  screenPaintedMs: number;
  /** Two animation frames after `screenPaintedMs`: the highlights are on screen. */
  screenSettledMs: number;
  /** The whole text on the page (a long one is put there in steps after its first screen). */
  wholeTextMs: number;
  /** The Notes panel's first cards drawn with their quotes. */
  firstCardsMs: number;
  api: ApiTiming[];
  frames: LongFrame[];
  /** Per screen of a scroll through the whole text, scroll to all its highlights painted; first run only. */
  scrollSteps: number[];
}

interface OpenMarks {
  origin: number;
  textShown: number | null;
  wholeText: number | null;
  screenPainted: number | null;
  screenSettled: number | null;
  firstCards: number | null;
  frames: LongFrame[];
}

/**
 * How the large document is opened: `navigation` loads the page at its address (a cold start, timed from
 * the navigation's start); `library` loads the reading room on another document, waits until it is
 * quiet, then clicks the large document's library link (timed from the click), as a reader opens one.
 */
type OpenWay = { way: 'navigation'; url: string } | { way: 'library'; url: string; documentId: string };

/**
 * Clicks the document's library link, the click's time in the page noted first and the watch armed
 * with it, so that the figures start where the reader's click does.
 */
const CLICK_LIBRARY_LINK = `(documentId) => {
  const link = [...document.querySelectorAll('a.library-item')].find((candidate) => new URLSearchParams(candidate.hash.slice(1)).get('document') === documentId);
  if (!link) throw new Error('no library link to ' + documentId);
  window.__carrelWatchOpen(performance.now());
  link.click();
}`;

/** Opens the document `runs` times, each in a new browser context (cold cache, new page) given the host's `session` cookie. */
async function timeOpenAndPaint(browser: Browser, session: SessionCookie, open: OpenWay, witnessId: string, passages: readonly WordSpan[], runs: number, scrollThrough: boolean): Promise<OpenRun[]> {
  const results: OpenRun[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    try {
      await context.addCookies([session]);
      await context.addInitScript(openProbe(passages, witnessId, open.way === 'navigation'));
      const page = await context.newPage();
      await page.goto(open.url);
      if (open.way === 'library') {
        await page.waitForSelector('article[data-reading] [data-start]');
        await page.waitForLoadState('networkidle');
        await page.evaluate(`(${CLICK_LIBRARY_LINK})(${JSON.stringify(open.documentId)})`);
      }
      try {
        // Awaited in the page, not polled with waitForFunction: the reading room's CSP forbids the eval it uses.
        await page.evaluate(`Promise.race([window.__carrelOpenSettled, new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), 30000))])`);
      } catch (error) {
        throw new Error('the highlights of the first screen were not all painted', { cause: error });
      }
      const marks = await page.evaluate<OpenMarks>('window.__carrelOpen');
      const api = await page.evaluate<ApiTiming[]>(`performance.getEntriesByType('resource')
        .filter((entry) => entry.name.includes('/api/') && entry.startTime >= ${marks.origin})
        .map((entry) => ({ method: decodeURIComponent(entry.name.split('/api/')[1] ?? ''), start: entry.startTime - ${marks.origin}, end: entry.responseEnd - ${marks.origin}, bytes: entry.encodedBodySize }))`);
      // Once is enough (it pages through hundreds of screens); after the figures of the opening are read.
      const scrollSteps = i === 0 && scrollThrough ? await page.evaluate<number[]>(SCROLL_THROUGH) : [];
      results.push({
        textShownMs: marks.textShown ?? Number.NaN,
        screenPaintedMs: marks.screenPainted ?? Number.NaN,
        screenSettledMs: marks.screenSettled ?? Number.NaN,
        wholeTextMs: marks.wholeText ?? Number.NaN,
        firstCardsMs: marks.firstCards ?? Number.NaN,
        api,
        frames: marks.frames.filter((frame) => frame.start >= marks.origin).map((frame) => ({ ...frame, start: frame.start - marks.origin, renderStart: frame.renderStart > 0 ? frame.renderStart - marks.origin : 0 })),
        scrollSteps,
      });
    } finally {
      await context.close();
    }
  }
  return results;
}

/**
 * Selects the `index`-th of `of` two-word passages spread over the article (as a reader's drag would
 * leave it: a Range in the selection), scrolls it into view, and arms a probe from H's keydown (caught
 * first, on the window's capture phase) to two animation frames: the first where any carrel-* highlight
 * holds a range over exactly that passage (what the reader sees, a pending paint included), and the
 * first where the store's own highlight does (one registered after createAnnotation was answered).
 * "Exactly" is compared in reading-text offsets (characters from the article's start), so a range
 * ending at the end of one text node and one starting at the next node's start count as the same place.
 */
function armCreateProbe(index: number, of: number): string {
  return `(async () => {
    ${WATCH_REGISTRY}
    const article = document.querySelector('article[data-reading]');
    const candidates = [];
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of node.data.matchAll(/[A-Za-z]{3,} [A-Za-z]{3,}/g)) candidates.push([node, match.index, match.index + match[0].length]);
    }
    const [node, start, end] = candidates[Math.floor((${index} * candidates.length) / ${of})];
    node.parentElement.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    const selection = document.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    const offsetOf = (container, offset) => {
      const before = document.createRange();
      before.setStart(article, 0);
      before.setEnd(container, offset);
      return before.toString().length;
    };
    const wantStart = offsetOf(range.startContainer, range.startOffset);
    const wantEnd = offsetOf(range.endContainer, range.endOffset);
    // The highlights holding a range over exactly the passage, by name.
    const covering = () => {
      const found = [];
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('carrel-')) continue;
        for (const held of highlight) {
          if (!article.contains(held.startContainer) || !article.contains(held.endContainer)) continue;
          if (offsetOf(held.startContainer, held.startOffset) === wantStart && offsetOf(held.endContainer, held.endOffset) === wantEnd) {
            found.push({ name, highlight });
            break;
          }
        }
      }
      return found;
    };
    let pressedAt = null;
    let seenAt = null;
    window.addEventListener('keydown', (event) => { if (event.key === 'h') pressedAt = performance.now(); }, { capture: true, once: true });
    window.__carrelCreate = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no highlight of the store over "' + range.toString() + '" painted 5 s after H')), 5000);
      const tick = () => {
        if (pressedAt === null) {
          requestAnimationFrame(tick);
          return;
        }
        const now = performance.now();
        const found = covering();
        if (seenAt === null && found.length > 0) seenAt = now;
        const call = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('/api/createAnnotation') && entry.startTime >= pressedAt)[0];
        const confirmed = call && found.find(({ name, highlight }) => /^carrel-\\d+$/.test(name) && (window.__carrelRegistered.get(highlight) ?? -1) >= call.responseEnd);
        if (confirmed) {
          clearTimeout(timer);
          resolve({
            totalMs: seenAt - pressedAt,
            confirmedMs: now - pressedAt,
            requestMs: call.startTime - pressedAt,
            answerMs: call.responseEnd - pressedAt,
            registeredMs: window.__carrelRegistered.get(confirmed.highlight) - pressedAt,
          });
          return;
        }
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    // Let the selection and the scroll settle, as they would between a reader's drag and key press.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  })()`;
}

/** One H, in milliseconds from its keydown: the request sent, its answer received, the store's highlight registered, then painted. */
export interface CreateRun {
  requestMs: number;
  answerMs: number;
  registeredMs: number;
  /** The first frame painting the passage in any carrel-* highlight: what the reader sees, a pending paint included. */
  totalMs: number;
  /** The first frame painting it in a highlight registered after the store answered: the annotation confirmed. */
  confirmedMs: number;
}

/** H to its highlight painted, once per passage, in one page of the telegram. */
async function timeCreateHighlight(page: Page, url: string, iterations: number): Promise<CreateRun[]> {
  await page.goto(url);
  await page.waitForSelector('article[data-reading] [data-start]');
  // The annotations, categories and tags lists must be in before H, or the first press finds no category.
  await page.waitForLoadState('networkidle');
  const times: CreateRun[] = [];
  for (let i = 0; i < iterations; i++) {
    await page.evaluate(armCreateProbe(i, iterations));
    await page.keyboard.press('h');
    times.push(await page.evaluate<CreateRun>('window.__carrelCreate'));
    // The desk refuses a second H until the store's answer is settled; let it finish before the next.
    await page.waitForTimeout(50);
  }
  return times;
}

/** Everything the annotation-painting bench measured. */
export interface AnnotationsPaintFigures {
  annotations: number;
  setup: PaintSetup;
  /** Opened from the library of the running reading room, timed from the click on its link. */
  libraryOpens: OpenRun[];
  /** Opened by loading the page at its address, timed from the navigation's start. */
  opens: OpenRun[];
  /** The same two, with one spinning process per core beside the browser and the host (busy-machine.ts). */
  loaded: { libraryOpens: OpenRun[]; opens: OpenRun[] };
  creates: CreateRun[];
}

/** Builds both fixtures in fresh data folders, serves each with `carrel serve`, and times them in headless Chromium. */
export async function measureAnnotationsPaint({ annotations = 10_000, runs = 5, creates = 20, scrollThrough = true } = {}): Promise<AnnotationsPaintFigures> {
  const largeDir = mkdtempSync(join(tmpdir(), 'carrel-bench-paint-'));
  const telegramDir = mkdtempSync(join(tmpdir(), 'carrel-bench-create-'));
  let browser: Browser | undefined;
  try {
    const { documentId, witnessId, otherDocumentId, passages, setup } = await prepareLargeDocument(largeDir, annotations);
    // Seeded on a first open, as a new reader's folder is; the telegram is its only document.
    const seeded = openCarrel({ dataDir: telegramDir, version: 'bench' });
    const documents = await seeded.service.listDocuments({});
    seeded.close();
    const telegramId = documents[0]?.id;
    if (!telegramId) throw new Error('the seeded data folder holds no document');

    browser = await chromium.launch(LAUNCH);
    const large = await startServe(largeDir);
    let opens: OpenRun[];
    let libraryOpens: OpenRun[];
    let loaded: AnnotationsPaintFigures['loaded'];
    try {
      const at = (id: string) => `${large.url}&document=${encodeURIComponent(id)}`;
      // The address opens the reading room once; every run's fresh context is given its session instead.
      const session = await sessionCookie(large.url);
      const byLibrary: OpenWay = { way: 'library', url: at(otherDocumentId), documentId };
      const byAddress: OpenWay = { way: 'navigation', url: at(documentId) };
      libraryOpens = await timeOpenAndPaint(browser, session, byLibrary, witnessId, passages, runs, false);
      opens = await timeOpenAndPaint(browser, session, byAddress, witnessId, passages, runs, scrollThrough);
      const stop = await busyMachine();
      try {
        loaded = {
          libraryOpens: await timeOpenAndPaint(browser, session, byLibrary, witnessId, passages, runs, false),
          opens: await timeOpenAndPaint(browser, session, byAddress, witnessId, passages, runs, false),
        };
      } finally {
        await stop();
      }
    } finally {
      await stopServe(large.child);
    }
    const telegram = await startServe(telegramDir);
    let createTimes: CreateRun[];
    try {
      const page = await (await browser.newContext()).newPage();
      createTimes = await timeCreateHighlight(page, `${telegram.url}&document=${encodeURIComponent(telegramId)}`, creates);
    } finally {
      await stopServe(telegram.child);
    }
    return { annotations, setup, libraryOpens, opens, loaded, creates: createTimes };
  } finally {
    await browser?.close();
    rmSync(largeDir, { recursive: true, force: true });
    rmSync(telegramDir, { recursive: true, force: true });
  }
}

/** Script and rendering time of the long animation frames starting in [from, to). */
function frameTime(frames: readonly LongFrame[], from: number, to: number): { script: number; rendering: number } {
  let script = 0;
  let rendering = 0;
  for (const frame of frames) {
    if (frame.start < from || frame.start >= to) continue;
    // renderStart is 0 in a frame that rendered nothing: then all of it was script.
    const renderStart = frame.renderStart > 0 ? frame.renderStart : frame.start + frame.duration;
    script += renderStart - frame.start;
    rendering += frame.start + frame.duration - renderStart;
  }
  return { script, rendering };
}

/** Where the median opening spent its time: the host's answers, the app's work, then the browser's. */
function openBreakdown(run: OpenRun, origin: string): string[] {
  const answers = run.api
    .filter((call) => ['getWitness', 'listHighlights', ...PANEL_CALLS, 'listMentions'].includes(call.method))
    .map((call) => `${call.method} asked at ${call.start.toFixed(0)}, answered at ${call.end.toFixed(0)} ms (${(call.bytes / 1024).toFixed(0)} KB)`);
  const panelBytes = run.api.filter((call) => PANEL_CALLS.includes(call.method)).reduce((sum, call) => sum + call.bytes, 0);
  const before = frameTime(run.frames, 0, run.textShownMs);
  const after = frameTime(run.frames, run.textShownMs, run.screenSettledMs);
  const seconds = (value: number): string => `${(value / 1000).toFixed(2)} s`;
  return [
    `  median run, in ms ${origin}: ${answers.join('; ')}`,
    `    text shown ${ms(run.textShownMs)}; first screen's highlights painted ${ms(run.screenPaintedMs)}, +2 frames ${ms(run.screenSettledMs)}; the whole text on the page ${ms(run.wholeTextMs)}; the Notes panel's first cards ${ms(run.firstCardsMs)}, its calls ${(panelBytes / 1024).toFixed(0)} KB in all`,
    `    long animation frames before the text: script ${seconds(before.script)} (layout forced from script counts here), rendering ${seconds(before.rendering)}; from it to the first screen painted: script ${seconds(after.script)}, rendering ${seconds(after.rendering)}`,
  ];
}

/** What paging through the whole text cost, screen by screen. */
function scrollReport(steps: readonly number[]): string[] {
  if (steps.length === 0) return [];
  const total = steps.reduce((sum, step) => sum + step, 0);
  return [
    `  then paged through to the end, ${steps.length} screens: each screen's highlights painted a median ${ms(median(steps))} after its scroll, p95 ${ms(percentile(steps, 95))}, worst ${ms(Math.max(...steps))}; ${(total / 1000).toFixed(1)} s in all`,
  ];
}

/** The figures as printed lines, each beside its baseline (issue 18's, taken before this work) and target. */
export function annotationsPaintReport(figures: AnnotationsPaintFigures): string[] {
  const { setup, libraryOpens, opens, loaded, creates } = figures;
  const count = figures.annotations.toLocaleString('en');
  const totals = creates.map((run) => run.totalMs);
  const confirmed = creates.map((run) => run.confirmedMs);
  const busy = `loaded (${availableParallelism()} processes spinning beside it, one per core)`;
  return [
    `Setup (not a figure): ${(setup.textUnits / 1e6).toFixed(2)} M-unit document generated in ${ms(setup.generateMs)}, imported in ${ms(setup.importMs)}, ${count} annotations created through the service in ${ms(setup.createMs)}`,
    ...openReport(`Open a 1 MB document with ${count} annotations from the library of the running reading room (on the telegram), click to every highlight in the window painted (+2 frames), quiet (baseline 219 ms)`, libraryOpens, 'from the click'),
    ...openReport(`  the same, ${busy} (baseline 863 ms)`, loaded.libraryOpens, 'from the click'),
    ...openReport(`  the same by loading the page at its address (a cold start, which no page here meets in 300 ms: see cold-start), navigation start to painted (+2 frames), quiet (baseline 2.4 s)`, opens, 'from navigation start'),
    ...openReport(`  by its address, ${busy}`, loaded.opens, 'from navigation start'),
    ...scrollReport(opens[0]?.scrollSteps ?? []),
    `  host side: the dispatcher answers the Notes panel's listing (${PANEL_CALLS[0] ?? ''}) in ${ms(setup.listAnswerMs)}, ${(setup.listAnswerChars / 1e6).toFixed(2)} M characters of JSON (baseline 6.3 MB, listAnnotations)`,
    `Create an annotation, key press to the passage painted in any carrel-* highlight over exactly it (a pending paint counts): median ${ms(median(totals))}, p95 ${ms(percentile(totals, 95))} over ${creates.length} (target median < 16 ms); runs [${totals.map((t) => t.toFixed(0)).join(', ')}]`,
    `  store confirmed, key press to the store's own highlight painted (includes the loopback round trip): median ${ms(median(confirmed))}, p95 ${ms(percentile(confirmed, 95))}; runs [${confirmed.map((t) => t.toFixed(0)).join(', ')}]`,
    `  medians from the key press: request sent ${ms(median(creates.map((run) => run.requestMs)))}, answered ${ms(median(creates.map((run) => run.answerMs)))}, the store's highlight registered ${ms(median(creates.map((run) => run.registeredMs)))}, painted in the next frame`,
  ];
}

/** One way of opening: its median against the target, its runs, and where the median run spent its time. */
function openReport(title: string, runs: readonly OpenRun[], origin: string): string[] {
  const screen = runs.map((run) => run.screenSettledMs);
  const medianRun = [...runs].sort((a, b) => a.screenSettledMs - b.screenSettledMs)[Math.floor((runs.length - 1) / 2)];
  return [
    `${title}: median ${ms(median(screen))} (target < 300 ms); text shown at ${ms(median(runs.map((run) => run.textShownMs)))}; the Notes panel's first cards at ${ms(median(runs.map((run) => run.firstCardsMs)))}; runs [${screen.map((t) => t.toFixed(0)).join(', ')}]`,
    ...(medianRun ? openBreakdown(medianRun, origin) : []),
  ];
}

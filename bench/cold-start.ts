/**
 * Cold start to the telegram's first paragraph painted, as the browser's Element Timing API reports the
 * paint: a fresh headless Chromium opens the reading room through the loopback host, beside the same
 * Chromium opening a static HTML page of the same text.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sessionCookie, startServe, stopServe, type SessionCookie } from '../e2e/serve-process.js';
import { busyMachine } from './busy-machine.js';
import { median, ms } from './stats.js';

const FIRST_WORDS = 'In a conversation with the Korean comrades';
/**
 * A fresh browser per run, for a cold renderer. Chromium 156 also starts its omnibox popups (WebUI pages of
 * its own, in a renderer of their own) as it launches, which lands in the middle of whichever page loads
 * first and took some 140 ms of processor time from it on two cores: they are left off. A browser the
 * reader already has open started them long ago, and Electron has none.
 */
const LAUNCH = {
  executablePath: process.env.CARREL_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup,PreloadTopChromeWebUI',
  ],
};

/** What a paint timer waits for: the first element matching `selector` whose text holds `words`. */
export interface PaintTarget {
  selector: string;
  words: string;
}

/** How the page tells the bench a moment: a console line, which needs no script of the bench's in the page. */
const SIGNAL = /^carrel-bench:(painted|interactive) (\d+(?:\.\d+)?)$/u;

/**
 * Runs in the page before its own scripts (a string: this program is compiled without the DOM's types):
 * marks every element matching the target's selector for the Element Timing API as it is inserted, and
 * says on the console when the first one that holds the words was painted, and when the room marked its
 * keys working (renderer/first-screen/keys-working.ts), on the epoch's clock. The browser says when the
 * paint happened; a check from outside would say when the page was next free to be asked. Nor does the
 * bench poll: Playwright's polling puts some 30 ms of its own script into the page while it loads, on the
 * cores the paint needs.
 */
const timePaintOf = ({ selector, words }: PaintTarget) => `
  let painted = false;
  new PerformanceObserver((entries) => {
    for (const entry of entries.getEntries()) {
      if (!painted && entry.element?.textContent.includes(${JSON.stringify(words)})) {
        painted = true;
        console.debug('carrel-bench:painted ' + (performance.timeOrigin + entry.renderTime));
      }
    }
  }).observe({ type: 'element', buffered: true });
  new PerformanceObserver((entries) => {
    for (const entry of entries.getEntriesByName('carrel:interactive')) console.debug('carrel-bench:interactive ' + (performance.timeOrigin + entry.startTime));
  }).observe({ type: 'mark', buffered: true });
  const mark = (node) => {
    if (!(node instanceof Element)) return;
    for (const element of [node, ...node.querySelectorAll(${JSON.stringify(selector)})]) if (element.matches(${JSON.stringify(selector)})) element.setAttribute('elementtiming', 'target');
  };
  new MutationObserver((records) => records.forEach((record) => record.addedNodes.forEach(mark))).observe(document, { childList: true, subtree: true });
`;

/** The reading room's first paragraph of the telegram. */
const FIRST_PARAGRAPH: PaintTarget = { selector: 'p', words: FIRST_WORDS };

/** A page that says neither within this long is broken, not slow. */
const GIVE_UP_MS = 60_000;

/** The epoch time of the page's first console signal `name`. */
function signalled(page: Page, name: 'painted' | 'interactive'): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The page never said it was ${name} (${GIVE_UP_MS / 1000} s).`)), GIVE_UP_MS).unref();
    page.on('console', (message) => {
      const said = SIGNAL.exec(message.text());
      if (said?.[1] !== name) return;
      clearTimeout(timer);
      resolve(Number(said[2]));
    });
  });
}

/**
 * Milliseconds from a fresh browser's navigation to `target` painted, once per run; each browser is given
 * `cookies` first (the reading room's session: its address opens it only once). With `interactive`, the
 * milliseconds to the page's keys working are pushed onto it too.
 */
export async function timeFirstPaint(url: string, runs: number, target: PaintTarget = FIRST_PARAGRAPH, cookies: SessionCookie[] = [], interactive?: number[]): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const browser: Browser = await chromium.launch(LAUNCH);
    try {
      const context = await browser.newContext();
      await context.addCookies(cookies);
      const page = await context.newPage();
      await page.addInitScript(timePaintOf(target));
      const painted = signalled(page, 'painted');
      const taken = interactive && signalled(page, 'interactive');
      // Both clocks count from the same epoch, so the page's times are placed on this process's clock.
      const start = performance.timeOrigin + performance.now();
      await page.goto(url, { waitUntil: 'commit' });
      times.push((await painted) - start);
      if (interactive && taken) interactive.push((await taken) - start);
    } finally {
      await browser.close();
    }
  }
  return times;
}

/** A static page with the witness's text, served from loopback, for the baseline. */
async function withStaticPage<T>(run: (url: string) => Promise<T>): Promise<T> {
  const text = readFileSync('assets/telegram/000_f2d2cbb9f3cdde5d.txt', 'utf8');
  const paragraphs = text.split(/\n\s*\n/).map((p) => `<p>${p.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</p>`);
  const html = `<!doctype html><meta charset="utf-8"><title>Telegram</title><body>${paragraphs.join('\n')}</body>`;
  const server = createServer((_, response) => response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  } finally {
    server.close();
  }
}

export interface ColdStartFigures {
  serveStartMs: number;
  carrelMs: number[];
  /** Navigation to the page's keys working. */
  interactiveMs: number[];
  staticMs: number[];
}

/**
 * Runs both measurements `runs` times on a fresh data folder, taking Carrel and the static page in turn:
 * a shared machine drifts by a hundred milliseconds over a minute, which five of one then five of the
 * other would read as a difference between them.
 */
export async function measureColdStart(runs = 5): Promise<ColdStartFigures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'carrel-bench-'));
  const serveStart = performance.now();
  const { child, url } = await startServe(dataDir);
  const serveStartMs = performance.now() - serveStart;
  try {
    const cookies = [await sessionCookie(url)];
    const figures: ColdStartFigures = { serveStartMs, carrelMs: [], interactiveMs: [], staticMs: [] };
    await withStaticPage(async (staticUrl) => {
      for (let i = 0; i < runs; i++) {
        figures.carrelMs.push(...(await timeFirstPaint(url, 1, FIRST_PARAGRAPH, cookies, figures.interactiveMs)));
        figures.staticMs.push(...(await timeFirstPaint(staticUrl, 1)));
      }
    });
    return figures;
  } finally {
    await stopServe(child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The median ratio, Carrel over the static page. */
export function coldStartRatio(figures: ColdStartFigures): number {
  return median(figures.carrelMs) / median(figures.staticMs);
}

const runsOf = (times: readonly number[]) => times.map((t) => t.toFixed(0)).join(', ');

/** The lines of `npm run bench -- cold-start`: the figures as the machine is, then with every core kept busy. */
export async function coldStartReport(runs = 5): Promise<string[]> {
  const quiet = await measureColdStart(runs);
  const stop = await busyMachine();
  let loaded: ColdStartFigures;
  try {
    loaded = await measureColdStart(runs);
  } finally {
    await stop();
  }
  return [
    `Cold start to the first paragraph painted, median of ${runs} fresh browsers; baseline 4.9-5.8x a static page of the same text (issue 18), target <= 2x:`,
    ...[['as the machine is', quiet] as const, ['loaded, every core spinning', loaded] as const].flatMap(([label, figures]) => [
      `  ${label}: Carrel ${ms(median(figures.carrelMs))}, static page ${ms(median(figures.staticMs))}, ratio ${coldStartRatio(figures).toFixed(2)}x; serve start-up (migrate + seed) ${ms(figures.serveStartMs)}`,
      `    keys working ${ms(median(figures.interactiveMs))}, ${(median(figures.interactiveMs) / median(figures.carrelMs)).toFixed(2)}x the paint (target <= 2x)`,
      `    runs: Carrel [${runsOf(figures.carrelMs)}], keys working [${runsOf(figures.interactiveMs)}], static [${runsOf(figures.staticMs)}]`,
    ]),
  ];
}

/**
 * Cold start to the telegram's first paragraph painted: a fresh headless Chromium opens the reading room
 * through the loopback host, beside the same Chromium opening a static HTML page of the same text.
 */
import { chromium, type Browser } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServe } from '../e2e/serve-process.js';
import { median } from './stats.js';

const FIRST_WORDS = 'In a conversation with the Korean comrades';
const LAUNCH = {
  executablePath: process.env.CARREL_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

/** Milliseconds from a fresh browser's navigation to `FIRST_WORDS` painted, once per run. */
async function timeFirstParagraph(url: string, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const browser: Browser = await chromium.launch(LAUNCH);
    const page = await browser.newPage();
    const start = performance.now();
    await page.goto(url);
    await page.getByText(FIRST_WORDS).first().waitFor({ state: 'visible' });
    // Wait for the frame that paints it, not only for the DOM node.
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
    times.push(performance.now() - start);
    await browser.close();
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
  staticMs: number[];
}

/** Runs both measurements `runs` times on a fresh data folder. */
export async function measureColdStart(runs = 5): Promise<ColdStartFigures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'carrel-bench-'));
  const serveStart = performance.now();
  const { child, url } = await startServe(dataDir);
  const serveStartMs = performance.now() - serveStart;
  try {
    const carrelMs = await timeFirstParagraph(url, runs);
    const staticMs = await withStaticPage((staticUrl) => timeFirstParagraph(staticUrl, runs));
    return { serveStartMs, carrelMs, staticMs };
  } finally {
    child.kill('SIGINT');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The median ratio, Carrel over the static page. */
export function coldStartRatio(figures: ColdStartFigures): number {
  return median(figures.carrelMs) / median(figures.staticMs);
}

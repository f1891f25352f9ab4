import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiAnswer } from '../core/api.js';
import { firstScreenPages, rememberedFrom } from './first-screen.js';

const INDEX = `<!doctype html>
<html lang="en">
  <head>
    <script type="module" crossorigin src="./assets/index-def.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index-abc.css">
  </head>
  <body><div id="root"></div></body>
</html>`;

/** A built renderer and first-screen module in a fresh folder; `render` is the module's function body. */
function built(render: string): { rendererDir: string; modulePath: string } {
  const root = mkdtempSync(join(tmpdir(), 'carrel-first-screen-'));
  const rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), INDEX);
  writeFileSync(join(rendererDir, 'assets', 'index-abc.css'), '@font-face{font-family:Face;src:url(./face-latin-400-normal-x.woff2)}@font-face{font-family:Face;font-weight:600;src:url(./face-latin-600-normal-y.woff2)}p{font-family:Face;color:red}.dialog{color:blue}');
  mkdirSync(join(root, 'first-screen'));
  const modulePath = join(root, 'first-screen', 'render.js');
  writeFileSync(modulePath, `export async function renderFirstScreen(ask, wanted) { ${render} }`);
  return { rendererDir, modulePath };
}

/** A `Cookie` header with each value encoded as the page encodes it. */
const cookies = (values: Record<string, string>) =>
  Object.entries(values)
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join('; ');

const titles = async (method: string): Promise<ApiAnswer> => (method === 'listDocuments' ? { ok: true, value: [{ title: 'A </script> title' }] } : { ok: false, error: { code: 'bad-request', message: 'No.' } });

describe('the first screen page', () => {
  it('puts the render in the root, the answers beside it where no markup can end them, and the stylesheet inline', async () => {
    const { rendererDir, modulePath } = built(`const documents = await ask('listDocuments', {}); return { markup: '<p>' + documents[0].title.replace('<', '&lt;') + ' ' + JSON.stringify(wanted) + '</p>', sent: { documents } };`);
    const page = await firstScreenPages(rendererDir, titles, { modulePath }).page(rememberedFrom(cookies({ 'carrel-place': '{"documentId":"d1","witnessId":"w1"}', 'carrel-window': 'compact', 'carrel-look': '{"theme":"dark","textSize":20,"interfaceSize":125}' })));
    expect(page).toContain('<html lang="en" data-theme="dark" style="font-size:125%;--reading-size:20px">');
    expect(page).toContain('<div id="root"><p>A &lt;/script> title {"place":{"documentId":"d1","witnessId":"w1"},"compact":true,"look":{"theme":"dark","textSize":20,"interfaceSize":125}}</p></div>');
    expect(page).toContain('<script type="application/json" id="first-screen">{"documents":[{"title":"A \\u003c/script> title"}]}</script><script type="module" crossorigin src="./assets/index-def.js"></script></body>');
    // The entry script follows the first screen, and only there.
    expect(page?.match(/index-def\.js/gu)).toHaveLength(1);
    // Only the rules the first screen uses are inline; the whole stylesheet waits for the page to ask for it.
    const style = /<style>(.*)<\/style>/u.exec(page ?? '')?.[1];
    expect(style).toContain('p{font-family:Face;color:red}');
    expect(style).not.toContain('.dialog');
    expect(page).toContain('<link id="whole-stylesheet" href="./assets/index-abc.css" crossorigin>');
    expect(page).not.toContain('rel="stylesheet"');
    // Of the faces only the regular Latin one, which sets the text's lines, is inline and preloaded.
    expect(style).toContain('@font-face{font-family:Face;src:url(./assets/face-latin-400-normal-x.woff2)}');
    expect(style).not.toContain('face-latin-600-normal');
    expect(page).toContain('<link rel="preload" href="./assets/face-latin-400-normal-x.woff2" as="font" type="font/woff2" crossorigin>');
  });

  it('gives nothing, and says why in the log, when the render fails or there is no module', async () => {
    const logged: unknown[] = [];
    const failing = built(`await ask('getWitness', {}); return { markup: '', sent: {} };`);
    expect(await firstScreenPages(failing.rendererDir, titles, { modulePath: failing.modulePath, log: (error) => logged.push(error) }).page(rememberedFrom(undefined))).toBeUndefined();
    expect(String(logged[0])).toContain('No.');
    const missing = built('');
    expect(await firstScreenPages(missing.rendererDir, titles, { modulePath: join(missing.modulePath, '..', 'gone.js'), log: (error) => logged.push(error) }).page(rememberedFrom(undefined))).toBeUndefined();
  });
});

describe('what the cookies remember', () => {
  it('reads the place, the window and the look, and ignores anything malformed as if never set', () => {
    expect(rememberedFrom(`a=b; ${cookies({ 'carrel-place': '{"documentId":"doc 1"}' })}`).place).toEqual({ documentId: 'doc 1' });
    expect(rememberedFrom(cookies({ 'carrel-place': JSON.stringify({ documentId: 'x'.repeat(201) }) })).place).toEqual({});
    expect(rememberedFrom('carrel-place=%E0%A4%A').place).toEqual({});
    expect(rememberedFrom(cookies({ 'carrel-place': '{"documentId":7}' })).place).toEqual({});
    expect(rememberedFrom(cookies({ 'carrel-window': 'wide' })).compact).toBe(false);
    expect(rememberedFrom(cookies({ 'carrel-look': '{"theme":"red"}' })).look).toEqual({});
    expect(rememberedFrom(cookies({ 'carrel-look': '{"textSize":9000}' })).look).toEqual({});
    expect(rememberedFrom('carrel-look=not-json').look).toEqual({});
    expect(rememberedFrom(undefined)).toEqual({ place: {}, compact: false, look: {} });
  });
});

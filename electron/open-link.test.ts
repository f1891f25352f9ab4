import { describe, expect, it } from 'vitest';
import type { LinkDialog } from './electron-modules.js';
import { askThenOpen } from './open-link.js';

/** A dialog that answers `button` and keeps what it was asked. */
function answering(button: number): LinkDialog & { asked: Parameters<LinkDialog['showMessageBox']>[0][] } {
  const asked: Parameters<LinkDialog['showMessageBox']>[0][] = [];
  return { asked, showMessageBox: async (options) => (asked.push(options), { response: button }) };
}

describe('a link followed from the page', () => {
  it('opens in the browser only after the reader chose Open Link, the address shown in the question', async () => {
    const opened: string[] = [];
    const open = async (url: string) => void opened.push(url);
    const cancel = answering(1);
    await askThenOpen(cancel, open, 'https://example.org/phish');
    expect(opened).toEqual([]);
    expect(cancel.asked[0]).toMatchObject({ message: 'Open this link in your browser?', buttons: ['Open Link', 'Cancel'], defaultId: 1 });
    expect(cancel.asked[0]?.detail).toMatch(/^https:\/\/example\.org\/phish\n/);

    await askThenOpen(answering(0), open, 'https://digitalarchive.wilsoncenter.org/document/115976');
    expect(opened).toEqual(['https://digitalarchive.wilsoncenter.org/document/115976']);
  });

  it('shows a very long address cut, never the whole of it', async () => {
    const dialog = answering(1);
    await askThenOpen(dialog, async () => undefined, `https://example.org/${'a'.repeat(5000)}`);
    expect(dialog.asked[0]?.detail.split('\n')[0]).toHaveLength(301);
  });
});

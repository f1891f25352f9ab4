import { describe, expect, it } from 'vitest';
import { sanitizedDocument } from './html-purify.js';

describe('sanitising a page with DOMPurify over linkedom', () => {
  const page = sanitizedDocument(`<!doctype html><html><head><title>Cable</title><script>steal()</script><style>p{}</style><meta http-equiv="refresh" content="0;url=https://evil.example/"></head>
    <body><p onclick="steal()">Text <a href="javascript:steal()">link</a> <a href="https://archive.example.org/">archive</a></p>
    <form action="https://evil.example/"><label>Password</label><input name="pw"><button>Go</button></form>
    <iframe src="https://evil.example/">frame</iframe><object data="x.swf">object</object><embed src="y.swf">
    <img src="https://evil.example/pixel.png" onerror="steal()"><svg><text>vector</text></svg></body></html>`);

  it('removes scripts, styles, frames, objects, forms, images and refreshes, with their content', () => {
    expect(page.querySelectorAll('script, style, meta, iframe, object, embed, form, input, button, img, svg')).toHaveLength(0);
    const text = page.body?.textContent ?? '';
    for (const gone of ['steal', 'Password', 'Go', 'frame', 'object', 'vector']) expect(text).not.toContain(gone);
  });

  it('strips event handlers and script links but keeps the text, the title and ordinary links', () => {
    expect(page.querySelectorAll('[onclick], [onerror]')).toHaveLength(0);
    const links = Array.from(page.querySelectorAll('a'), (link) => link.getAttribute('href'));
    expect(links).toEqual([null, 'https://archive.example.org/']);
    expect(page.querySelector('title')?.textContent).toBe('Cable');
    expect(page.querySelector('p')?.textContent).toBe('Text link archive');
  });
});

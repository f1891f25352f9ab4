import { describe, expect, it } from 'vitest';
import { renderNote } from './markdown.js';

describe('renderNote', () => {
  it('renders emphasis, lists and line breaks as the reader typed them', () => {
    const html = renderNote('A *key* claim\nsecond line\n\n- one\n- two');
    expect(html).toContain('<em>key</em>');
    expect(html).toContain('claim<br>');
    expect(html).toContain('<li>one</li>');
  });

  it('escapes raw HTML, so a script in a note is shown, not run', () => {
    const html = renderNote('Look: <script>alert(1)</script> <img src=x onerror=alert(2)>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('refuses javascript: and other non-web links, leaving their text visible', () => {
    for (const url of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'vbscript:x', 'data:text/html,<b>', 'file:///etc/passwd', '/api/undo', '#token=x']) {
      const html = renderNote(`[x](${url})`);
      expect(html, url).not.toContain('<a');
      expect(html, url).toContain('[x](');
    }
  });

  it('opens web links outside the reading room without telling them where they came from', () => {
    const html = renderNote('[archive](https://digitalarchive.wilsoncenter.org/document/115976)');
    expect(html).toContain('href="https://digitalarchive.wilsoncenter.org/document/115976"');
    expect(html).toContain('target="_blank"');
    expect(html).toContain('rel="noopener noreferrer"');
  });

  it('shows an image as its text: a remote image would be a network request', () => {
    expect(renderNote('![map](https://example.org/map.png)')).not.toContain('<img');
  });

  it('renders an empty note as nothing', () => {
    expect(renderNote('  \n')).toBe('');
  });
});

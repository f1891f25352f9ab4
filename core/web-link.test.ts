import { describe, expect, it } from 'vitest';
import { isWebLink } from './web-link.js';

describe('isWebLink', () => {
  it('accepts only http and https', () => {
    expect(isWebLink('https://digitalarchive.wilsoncenter.org/document/112133')).toBe(true);
    expect(isWebLink('http://example.org/')).toBe(true);
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'app://carrel/', 'not a url']) {
      expect(isWebLink(url), url).toBe(false);
    }
  });
});

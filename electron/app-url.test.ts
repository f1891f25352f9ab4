import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL, isAppUrl, isWebLink } from './app-url.js';

describe('isAppUrl', () => {
  it("accepts Carrel's own pages", () => {
    expect(isAppUrl(APP_INDEX_URL)).toBe(true);
    expect(isAppUrl('app://carrel/assets/index.js')).toBe(true);
  });

  it('refuses look-alike origins and other schemes', () => {
    for (const url of ['app://carrel', 'app://carrel.evil/', 'app://carrel@evil/', 'app://evil/carrel/', 'https://carrel/', 'file:///carrel/']) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });
});

describe('isWebLink', () => {
  it('accepts only http and https', () => {
    expect(isWebLink('https://digitalarchive.wilsoncenter.org/document/112133')).toBe(true);
    expect(isWebLink('http://example.org/')).toBe(true);
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'app://carrel/', 'not a url']) {
      expect(isWebLink(url), url).toBe(false);
    }
  });
});

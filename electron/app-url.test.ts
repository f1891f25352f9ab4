import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL, isAppUrl } from './app-url.js';

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

import { describe, expect, it } from 'vitest';
import { downloadHeaders } from './download.js';

describe('downloadHeaders', () => {
  it('names an ASCII file the same both ways, as an attachment of its type', () => {
    expect(downloadHeaders({ fileName: '1950-05-14-cable.md', mediaType: 'text/markdown; charset=utf-8' })).toEqual({
      'Content-Type': 'text/markdown; charset=utf-8',
      'Content-Disposition': `attachment; filename="1950-05-14-cable.md"; filename*=UTF-8''1950-05-14-cable.md`,
    });
  });

  it('keeps a name with quotes, accents and other scripts exact in the UTF-8 form, and safe in the plain one', () => {
    const { 'Content-Disposition': disposition } = downloadHeaders({ fileName: 'Sché "ma" 100% (毛).md', mediaType: 'text/markdown' });
    expect(disposition).toBe(`attachment; filename="Sch_ _ma_ 100_ (_).md"; filename*=UTF-8''Sch%C3%A9%20%22ma%22%20100%25%20%28%E6%AF%9B%29.md`);
    expect(decodeURIComponent(disposition?.split("UTF-8''")[1] ?? '')).toBe('Sché "ma" 100% (毛).md');
  });
});

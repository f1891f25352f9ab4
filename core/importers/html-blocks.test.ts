import { describe, expect, it } from 'vitest';
import { offsetOfPlace, walkBlocks, type BlockWalk, type TextPlace } from './html-blocks.js';
import { parseHtmlDocument } from './html-dom.js';
import { ReadingText, type BuiltText } from './reading-text.js';

function walk(body: string, options: BlockWalk = {}): BuiltText {
  const page = parseHtmlDocument(`<!doctype html><html><body>${body}</body></html>`);
  const text = new ReadingText();
  if (!page.body) throw new Error('no body');
  walkBlocks(page.body, text, options);
  return text.build();
}

function shown(built: BuiltText): string[] {
  return built.blocks.map((block) => `${block.kind}:${built.text.slice(block.start, block.end)}`);
}

describe('walking HTML into a reading text', () => {
  it('takes the paragraphs of a list item or a table cell as its lines, never ending a block with a line break', () => {
    const built = walk('<ul><li><p>Comr. Stalin</p><p>Kremlin</p></li></ul><table><tr><td><p>8600</p><p>urgent</p><br></td></tr></table>');
    expect(shown(built)).toEqual(['list-item:Comr. Stalin\nKremlin', 'table-cell:8600\nurgent']);
  });

  it('counts nested quotes and lists in their level, and numbers a cell past a spanning one', () => {
    const built = walk('<blockquote><p>Outer</p><blockquote>Inner</blockquote></blockquote><table><tr><td colspan="2">Both</td><td>Third</td></tr></table>');
    expect(built.blocks.map((block) => [block.kind, block.level, block.column])).toEqual([
      ['quote', 1, undefined],
      ['quote', 2, undefined],
      ['table-cell', undefined, 0],
      ['table-cell', undefined, 2],
    ]);
  });

  it('parts the text of a container around the blocks inside it', () => {
    expect(shown(walk('<div>Before <p>inside</p> after</div>'))).toEqual(['paragraph:Before', 'paragraph:inside', 'paragraph:after']);
  });

  it('passes over hidden elements, and keeps the lines of preformatted text', () => {
    const built = walk('<p hidden>no</p><p aria-hidden="true">no</p><p style="color: red; display:none">no</p><p style="visibility: hidden">no</p><pre>line one\nline two</pre>');
    expect(shown(built)).toEqual(['paragraph:line one\nline two']);
  });

  it('marks deletions and additions, and no mark spans a block break', () => {
    const built = walk('<p>the <del>old</del><ins>new</ins> word</p><em><p>one</p><p>two</p></em>');
    expect(built.marks.map((mark) => `${mark.kind}:${built.text.slice(mark.start, mark.end)}`)).toEqual(['deleted:old', 'added:new']);
    expect(shown(built)).toEqual(['paragraph:the oldnew word', 'paragraph:one', 'paragraph:two']);
  });

  it('gives every block the kind its caller decides, dropping details that would describe the text', () => {
    const built = walk('<nav><ol><li>Home</li></ol></nav><h1>Title</h1>', { kindOf: (element, kind) => (element.localName === 'li' ? 'furniture' : kind) });
    expect(built.blocks).toEqual([
      { kind: 'furniture', start: 0, end: 4 },
      { kind: 'heading', start: 6, end: 11, level: 1 },
    ]);
  });

  it('tells a claim how far the text has come, and the place maps back to offsets in the text', () => {
    const places = new Map<string, TextPlace>();
    const built = walk('<p>In a conversation <a id="from"></a>Filippov  and <a id="to"></a>friends</p><p><a id="next"></a>Second</p>', {
      claim: (element, place) => {
        if (element.localName !== 'a') return false;
        places.set(element.id, place);
        return true;
      },
    });
    const at = (id: string, side: 'start' | 'end') => offsetOfPlace(built.text, places.get(id) ?? -1, side);
    expect(built.text.slice(at('from', 'start'), at('to', 'end'))).toBe('Filippov and');
    expect(built.text.slice(at('next', 'start'))).toBe('Second');
  });
});

import { describe, expect, it } from 'vitest';
import { el, serialize, textEl } from './markup.js';

describe('markup elements', () => {
  it('takes children as a list, so a paragraph with 300,000 anchors does not overflow the stack', () => {
    const anchors = Array.from({ length: 300_000 }, (_, i) => el('anchor', { 'xml:id': `a${i}` }));
    const paragraph = textEl('p', {}, 'Before ', anchors, ' after');
    expect(paragraph.children).toHaveLength(300_002);
    expect(serialize(paragraph, 'xml')).toMatch(/^<p>Before <anchor xml:id="a0"\/>.*<anchor xml:id="a299999"\/> after<\/p>$/s);
  });
});

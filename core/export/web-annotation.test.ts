import { describe, expect, it } from 'vitest';
import { wikidataEntity } from './web-annotation.js';

describe('Wikidata entity URIs for export', () => {
  it('writes every form of a link to a Wikidata item as Wikidata’s entity URI', () => {
    const forms = ['https://www.wikidata.org/wiki/Q855', 'https://m.wikidata.org/wiki/Q855', 'https://www.wikidata.org/entity/Q855/', 'wd:Q855', 'http://www.wikidata.org/entity/q855'];
    expect(forms.map(wikidataEntity)).toEqual(forms.map(() => 'http://www.wikidata.org/entity/Q855'));
  });

  it('leaves other authorities alone', () => {
    expect(['https://viaf.org/viaf/101787139', 'https://www.wikidata.org/wiki/Property:P214', 'https://example.org/Q855'].map(wikidataEntity)).toEqual([undefined, undefined, undefined]);
  });
});

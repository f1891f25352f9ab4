import { describe, expect, it } from 'vitest';
import { canonicalAuthority, sameAuthority } from './authority.js';

describe('authority URIs', () => {
  it.each([
    'https://www.wikidata.org/wiki/Q855',
    'http://www.wikidata.org/wiki/Q855',
    'https://www.wikidata.org/entity/Q855',
    'http://www.wikidata.org/entity/Q855',
    'https://wikidata.org/entity/Q855/',
    'https://m.wikidata.org/wiki/Special:EntityPage/q855',
    'wd:Q855',
  ])('take Wikidata’s entity form: %s', (uri) => {
    expect(canonicalAuthority(uri)).toBe('https://www.wikidata.org/entity/Q855');
  });

  it('read VIAF, GND, ISNI and the Library of Congress in each way they are written', () => {
    expect(sameAuthority('http://www.viaf.org/viaf/101787139/', 'https://viaf.org/viaf/101787139')).toBe(true);
    expect(sameAuthority('http://d-nb.info/gnd/118642379', 'https://d-nb.info/gnd/118642379')).toBe(true);
    expect(sameAuthority('http://www.isni.org/isni/0000 0001 2146 438X', 'https://isni.org/isni/000000012146438X')).toBe(true);
    expect(sameAuthority('http://id.loc.gov/authorities/names/n79021164.html', 'https://id.loc.gov/authorities/names/n79021164')).toBe(true);
    expect(sameAuthority('https://d-nb.info/gnd/118642379/', 'http://d-nb.info/gnd/118642379')).toBe(true);
    expect(sameAuthority('https://viaf.org/viaf/101787139', 'https://viaf.org/viaf/101787138')).toBe(false);
  });

  it('keep other URIs apart by their path, folding only the scheme, the host’s case and a trailing slash', () => {
    expect(canonicalAuthority('HTTP://Example.ORG/People/Anna-Keller/')).toBe('https://example.org/People/Anna-Keller');
    expect(sameAuthority('https://example.org/people/anna', 'https://example.org/people/Anna')).toBe(false);
    expect(sameAuthority('https://www.wikidata.org/wiki/Q855', 'https://www.wikidata.org/wiki/Q8552')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { sha1, urlNameUuid } from './name-uuid.js';

const hex = (bytes: Uint8Array): string => [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');

// Expected values computed with Python's hashlib and uuid.uuid5(uuid.NAMESPACE_URL, name).
describe('name-based UUIDs', () => {
  it('hashes with SHA-1 as FIPS 180-4 defines it, across block boundaries and in UTF-8', () => {
    expect(hex(sha1(new Uint8Array()))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    expect(hex(sha1(new TextEncoder().encode('abc')))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hex(sha1(new TextEncoder().encode('a'.repeat(1000))))).toBe('291e9a6c66994949b57ba5e650361e98fc36b1ba');
    expect(hex(sha1(new TextEncoder().encode('Filippov [Stalin] — «Сталин»')))).toBe('e8db8901163a3d4acb8156c0bc27ab2b6dc7099e');
  });

  it('gives the version 5 UUID of a URL that any other implementation gives', () => {
    expect(urlNameUuid('http://www.w3.org/')).toBe('630fdb58-a074-594b-8dce-5065de571bb6');
    expect(urlNameUuid('https://hypothes.is/a/AbC123')).toBe('891d5851-2ad8-55f8-820d-6107d003635c');
    expect(urlNameUuid('https://example.org/notes/Ω')).toBe('6ea89f5e-182e-50c9-ba53-ffd1357af2b2');
  });
});

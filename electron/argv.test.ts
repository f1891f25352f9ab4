import { describe, expect, it } from 'vitest';
import { optionValue } from './argv.js';

describe('optionValue', () => {
  it('reads an option given as two arguments or as one', () => {
    expect(optionValue(['/usr/lib/electron', 'dist/electron/main.js', '--data-dir', '/tmp/carrel'], '--data-dir')).toBe('/tmp/carrel');
    expect(optionValue(['/opt/Carrel/carrel', '--data-dir=/home/reader/Archive'], '--data-dir')).toBe('/home/reader/Archive');
  });

  it('gives undefined when the option is absent, empty or without a value', () => {
    expect(optionValue(['/opt/Carrel/carrel', '--no-sandbox'], '--data-dir')).toBeUndefined();
    expect(optionValue(['/opt/Carrel/carrel', '--data-dir='], '--data-dir')).toBeUndefined();
    expect(optionValue(['/opt/Carrel/carrel', '--data-dir'], '--data-dir')).toBeUndefined();
  });

  it('does not mistake a longer option for it', () => {
    expect(optionValue(['--data-directory', '/tmp/x'], '--data-dir')).toBeUndefined();
  });
});

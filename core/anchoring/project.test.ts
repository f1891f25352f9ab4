import { describe, expect, it } from 'vitest';
import type { Mark } from '../document/model.js';
import { projectPassage, readingForm, transcriptionForms } from './project.js';

/** Projects `phrase` of `source` onto `target` and answers the target's words there (null when orphaned), and the flag. */
function project(source: string, target: string, phrase: string, marks: { source?: Mark[]; target?: Mark[] } = {}) {
  const start = source.indexOf(phrase);
  const { anchor, differs } = projectPassage(transcriptionForms(source, marks.source ?? []), transcriptionForms(target, marks.target ?? []), start, start + phrase.length);
  return { words: anchor.status === 'anchored' ? target.slice(anchor.start, anchor.end) : null, differs };
}

describe('reading form', () => {
  it('reads any run of whitespace as one space and typographic quotes as straight ones, mapping each unit back', () => {
    const form = readingForm('“Comr.\u00a0Mao\n\n\nZedong’s”');
    expect(form.text).toBe('"Comr. Mao Zedong\'s"');
    expect(form.origin[form.text.indexOf('Zedong')]).toBe('“Comr.\u00a0Mao\n\n\n'.length);
  });

  it('leaves out markup delimiters', () => {
    const text = 'reunification [*pristupit*].';
    const form = readingForm(text, [{ start: 14, end: 16 }, { start: 25, end: 27 }]);
    expect(form.text).toBe('reunification pristupit.');
  });
});

describe('projecting a passage onto another transcription', () => {
  const record = 'For Mao Zedong.\n\n“Comr. Mao Zedong!\n\nIn a conversation with the Korean comrades Filippov and his friends';
  const webPage = 'For Mao Zedong.\n\n\n“Cde. Mao Zedong!\n\n\nIn a conversation with the Korean\u00a0comrades Filippov and his friends';

  it('lands on the same words across blank lines and non-breaking spaces, in the target’s own offsets, unflagged', () => {
    expect(project(record, webPage, 'Korean comrades')).toEqual({ words: 'Korean\u00a0comrades', differs: false });
  });

  it('lands on a variant reading and flags it', () => {
    expect(project(record, webPage, 'Comr. Mao Zedong')).toEqual({ words: 'Cde. Mao Zedong', differs: true });
  });

  it('keeps an emoji whole when the passage ends with it', () => {
    const source = 'The seal of the embassy 🔏 is stamped below the signature line.';
    const target = 'The seal of the embassy 🔏 is stamped below the signature line of the page.';
    expect(project(source, target, 'embassy 🔏')).toEqual({ words: 'embassy 🔏', differs: false });
  });

  it('lands a signature one transcription glosses on the other’s bare one, flagged', () => {
    const glossed = 'The Korean comrades can tell you the details of the conversation.\n\n\nFilippov [Stalin].”\n\n\nTelegraph the fulfillment';
    const bare = 'The Korean comrades can tell you the details of the conversation.\n\nFilippov.”\n\nTelegraph the fulfillment';
    const gloss = glossed.indexOf('[Stalin]');
    const marks: Mark[] = [{ kind: 'editorial', start: gloss, end: gloss + '[Stalin]'.length }];
    expect(project(glossed, bare, 'Filippov [Stalin].', { source: marks })).toEqual({ words: 'Filippov.', differs: true });
    expect(project(bare, glossed, 'Filippov.', { target: marks })).toMatchObject({ differs: true });
  });

  it('lands on the same words whose context reads differently on both sides, a near match of them close by', () => {
    // The record's page number and heading are not on the web page; "Sent on 5:30 am, 14 May 1950" is
    // nearly the quote, but its context fits far worse.
    const source = 'Special no. 550\n\n113\n\nIssuing No. 8600\n\nReceived on 4:10 am, 14 May 1950\n\nSent on 5:30 am, 14 May 1950\n\nCIPHERED TELEGRAM\n\nDestination: PEKING';
    const target = 'Special no. 550\n\n\n\nIssuing No. 8600\n\nReceived on 4:10 am, 14 May 1950\n\nSent on 5:30 am, 14 May 1950\n\n\n\nDestination: PEKING';
    expect(project(source, target, 'ed on 4:10 am, 14 May 1950\n')).toEqual({ words: 'ed on 4:10 am, 14 May 1950\n', differs: false });
  });

  it('orphans a passage the other transcription does not have', () => {
    expect(project('Credits: the Leon Levy Foundation.\n\nSPECIAL', 'A different page about the weather in Peking.', 'the Leon Levy Foundation')).toEqual({ words: null, differs: false });
  });
});

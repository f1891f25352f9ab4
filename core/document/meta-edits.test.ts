import { describe, expect, it } from 'vitest';
import { editedFields, readDate, withEdits, writtenDate } from './meta-edits.js';
import type { DocumentMeta } from './model.js';

const LETTER: DocumentMeta = {
  title: 'Letter from Anna Keller to Pavel Orlov, 3 March 1921',
  date: '1921-03-03',
  dateText: '3 March 1921',
  author: 'Anna Keller',
  idno: 'KFP 12/3',
};

describe('withEdits', () => {
  it('lays the reader’s values over the witnesses’, and an empty one clears the field', () => {
    expect(withEdits(LETTER, { title: 'Keller to Orlov', idno: '' })).toEqual({ ...withoutIdno(LETTER), title: 'Keller to Orlov' });
    expect(withEdits(LETTER, {})).toEqual(LETTER);
  });
});

describe('readDate', () => {
  it('reads a date as archives write it into ISO, keeping the wording', () => {
    expect(readDate('3 March 1921')).toEqual({ date: '1921-03-03', dateText: '3 March 1921' });
    expect(readDate(' May 14, 1950 ')).toEqual({ date: '1950-05-14', dateText: 'May 14, 1950' });
  });

  it('takes an ISO day, month or year as it is, so that it still sorts', () => {
    expect(readDate('1921-03-03')).toEqual({ date: '1921-03-03', dateText: '' });
    expect(readDate('1921')).toEqual({ date: '1921', dateText: '' });
    expect(readDate('1921-03')).toEqual({ date: '1921-03', dateText: '' });
  });

  it('keeps wording it cannot read without an ISO date, and clears both for nothing', () => {
    expect(readDate('spring 1921')).toEqual({ date: '', dateText: 'spring 1921' });
    expect(readDate('  ')).toEqual({ date: '', dateText: '' });
  });
});

describe('editedFields', () => {
  it('keeps only what differs from the witnesses: a value equal to theirs gives the field back', () => {
    expect(editedFields(LETTER, {}, { title: 'Keller to Orlov', author: 'Anna Keller' })).toEqual({ title: 'Keller to Orlov' });
    expect(editedFields(LETTER, { title: 'Keller to Orlov' }, { title: LETTER.title ?? '' })).toEqual({});
  });

  it('leaves a field not sent as it was, and clears a field sent empty', () => {
    expect(editedFields(LETTER, { title: 'Keller to Orlov' }, { idno: ' ' })).toEqual({ title: 'Keller to Orlov', idno: '' });
  });

  it('reads the date as written, and leaves it alone when sent back as the form showed it', () => {
    expect(editedFields(LETTER, {}, { date: '4 March 1921' })).toEqual({ date: '1921-03-04', dateText: '4 March 1921' });
    expect(editedFields(LETTER, {}, { date: writtenDate(LETTER) })).toEqual({});
    expect(editedFields(LETTER, {}, { date: '1921-03-04' })).toEqual({ date: '1921-03-04', dateText: '' });
    expect(withEdits(LETTER, editedFields(LETTER, {}, { date: '' }))).toEqual(withoutDate(LETTER));
  });
});

function withoutIdno(meta: DocumentMeta): DocumentMeta {
  const copy = { ...meta };
  delete copy.idno;
  return copy;
}

function withoutDate(meta: DocumentMeta): DocumentMeta {
  const copy = { ...meta };
  delete copy.date;
  delete copy.dateText;
  return copy;
}

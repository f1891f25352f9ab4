/**
 * How the lines of a letter or telegram look: header fields, salutations, signatures. Matched on one
 * trimmed line at a time; where a line sits (before the salutation, after the text) is letter-zone.ts's job.
 */
import { parseDateLine } from './dates.js';

/** Header and closing fields that carry no colon, with the label the reader sees beside them. */
const UNLABELLED_FIELDS: readonly { pattern: RegExp; label: (match: RegExpExecArray) => string }[] = [
  { pattern: /^(?:top secret|strictly secret|secret|strictly confidential|confidential|restricted)$/i, label: () => 'Classification' },
  { pattern: /^(?:making copies is prohibited|copying (?:is )?prohibited|not to be copied|do not copy)\.?$/i, label: () => 'Handling' },
  // "Issuing No. 8600", "Special no. 550": the label is everything up to the number.
  { pattern: /^(\p{L}[\p{L} ]*?\bno\.)\s*\d[\w/-]*$/iu, label: (match) => match[1] ?? 'No.' },
  // "Received on 4:10 am, 14 May 1950": cipher-office stamps.
  { pattern: /^(received|sent|dispatched|delivered|deciphered|decoded)\b/i, label: (match) => capitalise(match[1] ?? '') },
  { pattern: /^\d+$/, label: () => 'Number' },
  { pattern: /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) cop(?:y|ies)$/i, label: () => 'Copies' },
  // "For Mao Zedong.": the person the ambassador is to hand the telegram to.
  { pattern: /^For\s+\p{Lu}[\p{L}.'’\- ]*$/u, label: () => 'For' },
];

/** "Destination: PEKING To whom: SovAmbassador": a short label, a colon, then the value on the same line. */
const COLON_FIELD = /^(\p{Lu}[\p{L} ]{0,30}?):\s*\S/u;

/** The label of a header or closing field ("Issuing No.", "Destination", "Date"), or undefined for other lines. */
export function fieldLabel(line: string): string | undefined {
  if (line.includes('\n')) return undefined;
  if (parseDateLine(line) !== undefined) return 'Date';
  for (const { pattern, label } of UNLABELLED_FIELDS) {
    const match = pattern.exec(line);
    if (match) return label(match);
  }
  return COLON_FIELD.exec(line)?.[1];
}

/** Opens the text: "“Comr. Mao Zedong!", "Dear Sir,", "Comrades!" (an opening quote may come first). */
const SALUTATION = /^[“"‘]?(?:(?:Comr|Cde)\.|Comrades?\b|(?:My )?Dear\b)[^\n]{0,60}[!,:]$/u;

/** True for a line that addresses the recipient before the text begins. */
export function isSalutation(line: string): boolean {
  return SALUTATION.test(line);
}

/** A name of one to three capitalised words or initials, optionally glossed ("Filippov [Stalin]"), then
 * an optional full stop and closing quote: "Filippov.”", "VYSHINSKY", "A. Vyshinsky". */
const SIGNATURE =
  /^[“"‘]?(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){0,2}(?:\s*\[[^\]\n]+\])?[.,]?[”"’]?$/u;

/** True for a line that can only be a signature once the text has begun: a bare name. */
export function isSignature(line: string): boolean {
  return SIGNATURE.test(line);
}

/** A signature that closes a quotation ("Filippov.”") signs the quoted message, not the telegram. */
export function isQuotedSignature(line: string): boolean {
  return /[”"’]$/u.test(line);
}

/** "Copies:": a short line ending in a colon that introduces the lines after it. */
export function isSectionHeading(line: string): boolean {
  return !line.includes('\n') && line.length <= 40 && /^\p{Lu}[^:]*:$/u.test(line);
}

/** Letterhead lines before the salutation ("MFA USSR", "Tenth Department"): short, no sentence ending. */
export function isLetterhead(line: string): boolean {
  return !line.includes('\n') && line.split(/\s+/).length <= 8 && !/[.;,]$/.test(line);
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** Who sent the document and to whom, from its signature, its "For ..." line, its title or its salutation. */
import type { LaidBlock } from './laid-block.js';
import { isQuotedSignature } from './letter-lines.js';

const NAME = "\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*";
/** "Cable from Vyshinsky to Mao Zedong, ..." or "Ciphered Telegram No. 8600, Vyshinsky to Mao Zedong". */
const TITLE_CORRESPONDENTS = new RegExp(`(?:\\bfrom\\s+|,\\s*|^)(${NAME})\\s+to\\s+(${NAME})`, 'u');

/** What precedes the name in a salutation: an opening quote and forms of address ("Dear Comrade"). */
const SALUTATION_TITLE = /^\W*(?:(?:Comr\.|Cde\.|Comrades?|(?:My )?Dear)\s*)+/u;

/** Sender and recipient as names written in ordinary case ("Vyshinsky", "Mao Zedong"), where found. */
export interface Correspondents {
  sender?: string;
  recipient?: string;
}

/**
 * The sender signs outside any quotation (VYSHINSKY relays Stalin's quoted message signed "Filippov.”");
 * the recipient is the "For ..." line. The title answers for a witness without them (001 drops
 * VYSHINSKY), and the salutation, last, for the recipient.
 */
export function findCorrespondents(blocks: readonly LaidBlock[], title: string | undefined): Correspondents {
  const fromTitle = title === undefined ? undefined : TITLE_CORRESPONDENTS.exec(title);
  const signature = blocks.findLast((block) => block.kind === 'signature' && !isQuotedSignature(block.text));
  const addressee = blocks.find((block) => block.kind === 'field' && block.label === 'For');
  const salutation = blocks.find((block) => block.kind === 'salutation');
  const senderText = signature?.text ?? fromTitle?.[1];
  const recipientText =
    addressee?.text.replace(/^For\s+/u, '') ?? fromTitle?.[2] ?? salutation?.text.replace(SALUTATION_TITLE, '');
  const result: Correspondents = {};
  if (senderText) result.sender = personName(senderText);
  if (recipientText) result.recipient = personName(recipientText);
  return result;
}

/** A name without quotes, glosses or closing punctuation, and out of the capitals telegrams sign in. */
function personName(raw: string): string {
  const name = raw
    .replace(/\[[^\]]*\]/gu, '')
    .replace(/[“”"‘’!,.:;]+$/u, '')
    .replace(/^[“"‘]+/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (initial) => initial.toUpperCase());
}

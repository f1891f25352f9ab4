import { oneLine } from './quote.js';
import type { PassageContext } from '../reader/passage-context.js';

/**
 * A passage with the words around it on one line, the passage itself marked: "…the Korean comrades
 * ‹Filippov [Stalin]› and his friends…". The ellipses say the text goes on.
 */
export function PassageInContext({ context }: { context: PassageContext }) {
  const quote = oneLine(context.quote);
  // A passage that begins or ends with a line break keeps it as a space beside the mark, not inside it.
  const before = oneLine(context.before).trimStart() + (quote.startsWith(' ') ? ' ' : '');
  const after = (quote.endsWith(' ') ? ' ' : '') + oneLine(context.after).trimEnd();
  return (
    <>
      {before.trim() !== '' && <span className="context-around">…{before}</span>}
      <mark className="context-words">{quote.trim()}</mark>
      {after.trim() !== '' && <span className="context-around">{after}…</span>}
    </>
  );
}

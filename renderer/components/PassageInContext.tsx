import { oneLine } from '../notes/quote.js';
import type { PassageContext } from '../reader/passage-context.js';

/**
 * A passage with the words around it on one line, the passage itself marked: "…the Korean comrades
 * ‹Filippov [Stalin]› and his friends…". The ellipses say the text goes on.
 */
export function PassageInContext({ context }: { context: PassageContext }) {
  const before = oneLine(context.before).trimStart();
  const after = oneLine(context.after).trimEnd();
  return (
    <>
      {before !== '' && <span className="context-around">…{before}</span>}
      <mark className="context-words">{oneLine(context.quote).trim()}</mark>
      {after !== '' && <span className="context-around">{after}…</span>}
    </>
  );
}

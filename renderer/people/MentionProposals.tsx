import { useEffect, useId, useRef, useState } from 'react';
import type { MentionProposal } from '../../core/api.js';
import { count } from './names.js';
import type { MentionChoice } from './use-mentions.js';
import type { PassageContext } from '../reader/passage-context.js';
import { PassageInContext } from '../notes/PassageInContext.js';
import { useProposalGrid } from './proposal-grid.js';

/** Accept or reject. */
export type Decision = 'accept' | 'reject';

/** A proposal the reader clicked in the text; a new `seq` asks for it to be brought into view again. */
export interface FocusedMention extends MentionChoice {
  seq: number;
}

interface MentionProposalsProps {
  personName: string;
  /** The person's colour slot, for the dot beside their name. */
  slot: number;
  /** This person's proposals, in text order. */
  proposals: readonly MentionProposal[];
  /** The words around a mention, as the page shows them; null while the text is not on screen. */
  contextOf: (mention: MentionProposal) => PassageContext | null;
  /** Where a mention is: "In the archive record: title", "In the text, paragraph 2". */
  placeOf: (mention: MentionProposal) => string;
  focused: FocusedMention | null;
  /** Resolves once the store has the decision; rejects with its message (shown by the caller). */
  onDecide: (decision: Decision, mentions: readonly MentionChoice[]) => Promise<unknown>;
  /** Shows the mention in the text. */
  onShow: (mention: MentionProposal) => void;
  /** A decision left this person nothing to decide: the caller puts the focus somewhere that stays. */
  onExhausted: (group: HTMLElement) => void;
}

/** Proposals drawn at first: a name used hundreds of times must not make the panel slow to open. */
const PAGE = 30;

const keyOf = (mention: MentionChoice) => `${mention.start}:${mention.end}:${mention.personId}`;

/**
 * A person's proposed mentions, awaiting the reader, under "Joseph Stalin — 8 proposed": "Accept all"
 * and "Reject all" for the lot (when there is more than one), and each proposal with where it is, its
 * words in context (a button that shows it in the text), and Accept and Reject. Every button names the
 * mention and the person for screen readers ("Accept Filippov [Stalin] as Joseph Stalin") and is
 * described by the place. The whole group is one Tab stop (proposal-grid.ts). After a decision the
 * focus moves to the next proposal, so a keyboard reader goes on down.
 */
export function MentionProposals({ personName, slot, proposals, contextOf, placeOf, focused, onDecide, onShow, onExhausted }: MentionProposalsProps) {
  const id = useId();
  const group = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const grid = useProposalGrid(group, '.proposal-accept');
  const [limit, setLimit] = useState(PAGE);
  const [busy, setBusy] = useState(false);
  // After a decision: the proposal to focus once the list has followed.
  const [focusNext, setFocusNext] = useState<string>();

  const focusedKey = focused && focused.personId === proposals[0]?.personId ? keyOf(focused) : undefined;
  const focusedIndex = focusedKey === undefined ? -1 : proposals.findIndex((proposal) => keyOf(proposal) === focusedKey);
  // The proposal clicked in the text is always drawn, however far down it is.
  const shown = proposals.slice(0, Math.max(limit, focusedIndex + 1));

  useEffect(() => {
    if (focused === null || focusedKey === undefined) return;
    const item = list.current?.querySelector<HTMLElement>(`[data-mention="${CSS.escape(focusedKey)}"]`);
    if (!item) return;
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    item.scrollIntoView({ block: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
    item.querySelector<HTMLButtonElement>('.proposal-accept')?.focus({ preventScroll: true });
    // Only a new click brings it into view; the list reloading meanwhile must not take the focus back.
  }, [focused?.seq]);

  useEffect(() => {
    if (focusNext === undefined) return;
    list.current?.querySelector<HTMLElement>(`[data-mention="${CSS.escape(focusNext)}"] .proposal-accept`)?.focus();
    setFocusNext(undefined);
  }, [focusNext]);

  // One decision at a time: a second click before the store answers would decide on a stale list.
  const decide = (decision: Decision, chosen: readonly MentionProposal[], next: MentionProposal | undefined) => {
    if (busy) return;
    setBusy(true);
    onDecide(decision, chosen)
      .then(
        () => {
          if (next) setFocusNext(keyOf(next));
          else if (group.current) onExhausted(group.current);
        },
        () => undefined,
      )
      .finally(() => setBusy(false));
  };

  // The button goes with the last page; the focus goes on to the first proposal it brought.
  const showMore = (from: number) => {
    const first = proposals[from];
    if (first) setFocusNext(keyOf(first));
    setLimit(from + PAGE);
  };

  const all = count(proposals.length, 'mention');
  return (
    <div ref={group} className="proposals" role="group" aria-label={`Proposed mentions of ${personName}`} data-proposals="" data-person-slot={slot} {...grid}>
      <h4 className="proposals-title">
        <span className="person-dot" aria-hidden="true" />
        {personName}
        <span className="proposals-count"> — {proposals.length} proposed</span>
      </h4>
      {proposals.length > 1 && (
        <div className="proposals-all" data-grid-row="">
          <button type="button" className="button proposal-button" data-column="accept" onClick={() => decide('accept', proposals, undefined)}>
            Accept all
            <span className="visually-hidden">
              {' '}
              {all} of {personName}
            </span>
            <span aria-hidden="true"> ({proposals.length})</span>
          </button>
          <button type="button" className="button proposal-button" data-column="reject" onClick={() => decide('reject', proposals, undefined)}>
            Reject all
            <span className="visually-hidden">
              {' '}
              {all} of {personName}
            </span>
          </button>
        </div>
      )}
      <ol ref={list} className="proposal-list">
        {shown.map((proposal, index) => {
          const next = proposals[index + 1] ?? proposals[index - 1];
          const placeId = `${id}-${index}-place`;
          const named = (
            <span className="visually-hidden">
              {' '}
              {proposal.text} as {personName}
            </span>
          );
          return (
            <li key={keyOf(proposal)} className="proposal" data-mention={keyOf(proposal)} data-focused={keyOf(proposal) === focusedKey} data-grid-row="">
              <span id={placeId} className="proposal-place">
                {placeOf(proposal)}
              </span>
              <button type="button" className="context-button" data-column="show" aria-describedby={placeId} onClick={() => onShow(proposal)} title="Show in the text">
                <PassageInContext context={contextOf(proposal) ?? { before: '', quote: proposal.text, after: '' }} />
              </button>
              <div className="proposal-actions">
                <button type="button" className="button proposal-button proposal-accept" data-column="accept" aria-describedby={placeId} onClick={() => decide('accept', [proposal], next)}>
                  Accept{named}
                </button>
                <button type="button" className="button proposal-button" data-column="reject" aria-describedby={placeId} onClick={() => decide('reject', [proposal], next)}>
                  Reject{named}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {proposals.length > shown.length && (
        <div data-grid-row="">
          <button type="button" className="link-button proposals-more" data-column="more" onClick={() => showMore(shown.length)}>
            Show {Math.min(PAGE, proposals.length - shown.length)} more of {proposals.length - shown.length}
          </button>
        </div>
      )}
    </div>
  );
}

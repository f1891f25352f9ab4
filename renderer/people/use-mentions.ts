import { useCallback, useState } from 'react';
import type { MentionProposal } from '../../core/api.js';
import { api } from '../api/client.js';
import { useRevisedApi } from '../api/use-revised-api.js';

/** A mention as the store names it when the reader decides: its person and place. */
export type MentionChoice = Pick<MentionProposal, 'personId' | 'start' | 'end'>;

/** One transcription's detected mentions and the reader's decisions on them. */
export interface MentionsState {
  status: 'loading' | 'ready' | 'failed';
  message?: string;
  /** In text order: proposed, accepted (a person tag on the passage) and rejected. */
  mentions: MentionProposal[];
  /** Each chosen mention becomes an identifying annotation; rejects with the store's message. */
  accept: (chosen: readonly MentionChoice[]) => Promise<unknown>;
  reject: (chosen: readonly MentionChoice[]) => Promise<unknown>;
}

const NO_MENTIONS: MentionProposal[] = [];

/** The same mention (person and place) in any shape. */
export function sameMention(a: MentionChoice, b: MentionChoice): boolean {
  return a.personId === b.personId && a.start === b.start && a.end === b.end;
}

const choice = ({ personId, start, end }: MentionChoice): MentionChoice => ({ personId, start, end });

/**
 * The mentions of registry people the store detects in a transcription, read again whenever `revision`
 * changes: detection runs on the text as it is now, with the registry as it is now, so a new alias is
 * proposed at once. Never another transcription's mentions, even for a moment: their offsets would
 * underline the wrong words. After a decision the caller moves `revision` on to see it. Nothing is asked
 * while `ready` is false.
 */
export function useMentions(witnessId: string, revision: number, ready = true): MentionsState {
  const loaded = useRevisedApi('listMentions', { witnessId }, revision, ready);
  const [kept, setKept] = useState<{ witnessId: string; mentions: MentionProposal[] }>();
  if (loaded.status === 'ready' && kept?.mentions !== loaded.value) setKept({ witnessId, mentions: loaded.value });
  const mentions = kept?.witnessId === witnessId ? kept.mentions : NO_MENTIONS;

  const accept = useCallback((chosen: readonly MentionChoice[]) => api.acceptMentions({ witnessId, mentions: chosen.map(choice) }), [witnessId]);
  const reject = useCallback((chosen: readonly MentionChoice[]) => api.rejectMentions({ witnessId, mentions: chosen.map(choice) }), [witnessId]);

  return {
    status: loaded.status === 'failed' ? 'failed' : kept?.witnessId === witnessId ? 'ready' : 'loading',
    ...(loaded.status === 'failed' ? { message: loaded.message } : {}),
    mentions,
    accept,
    reject,
  };
}

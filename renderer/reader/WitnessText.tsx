import { memo, useCallback, useEffect, useMemo, useState, type Ref } from 'react';
import type { WitnessDetail, WitnessSummary } from '../../core/api.js';
import type { Block, Mark } from '../../core/document/model.js';
import { useApi, type Loadable } from '../api/use-api.js';
import { shownValue, useFollowRevision } from '../api/use-revised-api.js';
import { layoutBlocks, marksByBlock, type TextGroup } from './block-layout.js';
import { firstScreenText } from './first-screen.js';
import { READING_TEXT_ID } from './element-ids.js';
import { heldElement } from '../api/first-screen-answers.js';
import { renderSteps } from './render-steps.js';
import { useRenderSteps } from './use-render-steps.js';
import { SourceDisclosure } from './SourceDisclosure.js';
import { StatusMessage } from '../ui/StatusMessage.js';
import { TextBlock } from './TextBlock.js';
import './WitnessText.css';

const NO_BLOCKS: readonly Block[] = [];

/** What a record disclosure holds, from its blocks' labels ("Citation, Summary, Credits"). */
function recordHint(blocks: readonly Block[]): string {
  const labels = [...new Set(blocks.flatMap((block) => (block.label ? [block.label] : [])))];
  return labels.length > 0 ? labels.join(', ') : `${blocks.length} passages`;
}

/** A group's length in characters, from its first block's start to its last block's end. */
function groupSize(group: TextGroup): number {
  const blocks = group.type === 'block' ? [group.block] : group.blocks;
  return (blocks.at(-1)?.end ?? 0) - (blocks[0]?.start ?? 0);
}

/** A group's key: its kind and where it starts (a page's start shares its place with the block after it). */
function groupKey(group: TextGroup): string {
  const first = group.type === 'block' ? group.block : group.blocks[0];
  return `${group.type === 'block' ? group.block.kind : group.type}-${first?.start ?? 0}`;
}

/** One group of blocks as the reader sets it: a cable header, a list, a table, or a block alone. */
function TextGroupView({ group, text, marksOf }: { group: TextGroup; text: string; marksOf: (block: Block) => readonly Mark[] }) {
  const blockView = (block: Block) => <TextBlock key={block.start} block={block} text={text} marks={marksOf(block)} />;
  switch (group.type) {
    case 'block':
      return blockView(group.block);
    case 'fields':
      return <div className="cable-header">{group.blocks.map(blockView)}</div>;
    case 'list':
      return group.ordered ? <ol className="text-list">{group.blocks.map(blockView)}</ol> : <ul className="text-list">{group.blocks.map(blockView)}</ul>;
    case 'table':
      return (
        <table className="text-table">
          <tbody>
            {group.rows.map((row) => (
              <tr key={row[0]?.start}>{row.map(blockView)}</tr>
            ))}
          </tbody>
        </table>
      );
  }
}

/** Which reading of a transcription a text is: the transcription, and the encoding its file was read in ("Read as" reads it in another). */
export function readingOf(witness: WitnessSummary): string {
  return `${witness.id} ${witness.encoding ?? ''}`;
}

/** Hands `node` to a ref of either kind. */
function setRef<T>(ref: Ref<T> | undefined, node: T | null): void {
  if (typeof ref === 'function') ref(node);
  else if (ref) ref.current = node;
}

interface WitnessTextProps {
  witness: WitnessSummary;
  /** Moves on when the transcription was read again: its text is then asked for anew. */
  revision: number;
  articleRef?: Ref<HTMLElement>;
  /** Receives the transcription as read (its text and blocks) once it is in; a stable function, or the text is laid out again. */
  onLoaded?: (witness: WitnessDetail) => void;
}

/**
 * A transcription's reading text, set as a telegram is: cable header, salutation, body, signature, copy
 * list. The archive's record and a web page's furniture sit in closed disclosures before it. While the
 * next transcription loads, the previous one stays (marked busy) rather than blanking the page.
 *
 * The text is one focusable article (a Tab stop, where the keyboard caret lives). Each reading of each
 * transcription gets its own article element (marked with readingOf), handed to `articleRef`, so that
 * what is mapped, painted and selected in it always belongs to one text. The text is asked for again,
 * in place, when `revision` moves on (the transcription was read again in another encoding). Memoised:
 * the annotation layer around it changes often, the text does not, and a long text is costly to lay out
 * again. A long text comes by its first screen first: its beginning is asked for before the whole
 * (first-screen.ts), and the whole is put on the page in steps (use-render-steps.ts).
 */
export const WitnessText = memo(function WitnessText({ witness, revision, articleRef, onLoaded }: WitnessTextProps) {
  // The beginning first (a long text's first screen is a few kilobytes of its megabytes); the whole once it
  // is in, unless it was the whole (a short text).
  const [head, retryHead] = useApi('getWitness', firstScreenText(witness.id));
  const headIsWhole = head.status === 'ready' && head.value.partOf === undefined;
  const [rest, retry] = useApi('getWitness', { witnessId: witness.id }, head.status === 'failed' || (head.status === 'ready' && !headIsWhole));
  const loaded: Loadable<WitnessDetail> = headIsWhole ? head : rest;
  const readAgain = useCallback(() => {
    retryHead();
    retry();
  }, [retryHead, retry]);
  useFollowRevision(revision, readAgain);
  // While the whole is on its way, the beginning stands for it once in; before, the last text shown.
  const detail = loaded.status === 'ready' ? loaded.value : head.status === 'ready' ? head.value : (shownValue(loaded) ?? shownValue(head));
  const ready = loaded.status === 'ready' ? loaded.value : undefined;
  useEffect(() => {
    if (ready) onLoaded?.(ready);
  }, [ready, onLoaded]);
  const reading = detail && readingOf(detail);
  const layout = useMemo(() => layoutBlocks(detail?.blocks ?? NO_BLOCKS), [detail]);
  const marksOf = useMemo(() => marksByBlock(detail?.blocks ?? NO_BLOCKS, detail?.marks ?? []), [detail]);
  const steps = useMemo(() => renderSteps(layout.text.map(groupSize)), [layout]);
  const [article, setArticle] = useState<HTMLElement | null>(() => heldElement(READING_TEXT_ID, 'article'));
  const articles = useMemo(() => (article ? [article] : []), [article]);
  const shownGroups = useRenderSteps(articles, reading, steps, detail?.partOf !== undefined);
  const articleRefs = useCallback(
    (node: HTMLElement | null) => {
      setArticle(node);
      setRef(articleRef, node);
    },
    [articleRef],
  );

  if (loaded.status === 'failed' || !detail) {
    return (
      <StatusMessage
        loadable={loaded.status === 'failed' ? loaded : { status: 'loading' }}
        retry={readAgain}
        loadingText="Opening the transcription…"
        failureText="This transcription could not be opened."
      />
    );
  }

  const { text } = detail;
  return (
    <>
      {(layout.record.length > 0 || layout.furniture.length > 0) && (
        <div className="around-text">
          {layout.record.length > 0 && (
            <SourceDisclosure title="Archive record" hint={recordHint(layout.record)} blocks={layout.record} text={text} marksOf={marksOf} />
          )}
          {layout.furniture.length > 0 && (
            <SourceDisclosure title="Web page furniture" hint="Page chrome kept from the saved copy" blocks={layout.furniture} text={text} marksOf={marksOf} />
          )}
        </div>
      )}
      <article
        key={reading}
        ref={articleRefs}
        data-reading={reading}
        // Set with the first step, not only once it is announced (use-render-steps.ts): a passage below it
        // looked for in between would be taken for one missing from the whole text (text-dom.ts).
        data-partial={shownGroups < layout.text.length || detail.partOf !== undefined ? '' : undefined}
        id={READING_TEXT_ID}
        className="witness-text"
        tabIndex={0}
        aria-keyshortcuts="H A P"
        aria-description="Arrow keys move a caret, Shift with arrows selects; then H highlights, A adds a note, P tags people."
        aria-label={`${detail.label} transcription`}
        aria-busy={loaded.status === 'loading'}
      >
        {layout.text.slice(0, shownGroups).map((group) => (
          <TextGroupView key={groupKey(group)} group={group} text={text} marksOf={marksOf} />
        ))}
      </article>
    </>
  );
});

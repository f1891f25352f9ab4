import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { NoteOutline } from '../notes/use-annotations.js';
import type { MentionProposal, PersonPassage } from '../../core/api.js';
import type { Block } from '../../core/document/model.js';
import { shownValue, useRevisedApi } from '../api/use-revised-api.js';
import { api } from '../api/client.js';
import { documentPeople } from './document-people.js';
import { count } from './names.js';
import { sameMention, type MentionChoice, type MentionsState } from './use-mentions.js';
import type { PeopleState } from './use-people.js';
import type { PassageContext } from '../reader/passage-context.js';
import { isTyping } from '../reader/keys.js';
import { MentionLegend } from './MentionLegend.js';
import { mentionPlaces } from './mention-place.js';
import { MentionProposals, type Decision, type FocusedMention } from './MentionProposals.js';
import { focusGrid, gridBeside } from './proposal-grid.js';
import { PeopleRegistry } from './PeopleRegistry.js';
import { PersonSection } from './PersonSection.js';
import { RolesEditor } from './RolesEditor.js';
import './PeoplePanel.css';

/** A request to bring a person's section into view and focus its name. */
export interface ShownPerson {
  personId: string;
  seq: number;
}

interface PeoplePanelProps {
  documentId: string;
  witnessId: string;
  /** Moves on whenever people, tags or the notes may have changed. */
  revision: number;
  people: PeopleState;
  mentions: MentionsState;
  /** The open transcription's annotations, for its tagged passages. */
  annotations: readonly NoteOutline[];
  /** The open transcription's blocks, to say where each proposal is; empty while it loads. */
  blocks: readonly Block[];
  contextOf: (mention: MentionProposal) => PassageContext | null;
  focused: FocusedMention | null;
  onlyPersonId: string | null;
  onOnlyPerson: (personId: string | null) => void;
  onShowMention: (mention: MentionProposal) => void;
  onJump: (passage: PersonPassage) => void;
  /** A person to bring into view (a search hit); `seq` makes a repeated request new. */
  shownPerson: ShownPerson | null;
  /** The registry, the roles or the tags changed: everything about people is read again. */
  onChanged: () => void;
  /** Says what a decision did, or why it was refused. */
  announce: (text: string, tone?: 'status' | 'alert') => void;
}

/** J and K move to the next and previous person's proposals, as in a mail reader's list. */
const GROUP_KEYS: ReadonlyMap<string, 1 | -1> = new Map([
  ['j', 1],
  ['k', -1],
]);

/**
 * The "People" panel: first what waits for the reader, the proposed mentions "To review", grouped by
 * person ("Joseph Stalin — 8 proposed"), each saying where it is, and a legend of the text's underlines;
 * then everyone the document names, with their roles and their tagged passages across the library ("Edit
 * roles" turns the roles into checkboxes); then the registry, managed in its own dialog. Each person's
 * proposals are one Tab stop, arrow keys inside; J and K also go from person to person.
 */
export function PeoplePanel(props: PeoplePanelProps) {
  const { documentId, witnessId, revision, people, mentions, annotations, onChanged, announce } = props;
  const id = useId();
  const panel = useRef<HTMLElement>(null);
  const documentHeading = useRef<HTMLHeadingElement>(null);
  const [editingRoles, setEditingRoles] = useState(false);
  const editRolesButton = useRef<HTMLButtonElement>(null);
  const roles = useRevisedApi('listRoles', { documentId }, revision);
  const roleList = shownValue(roles);
  const here = useMemo(() => documentPeople(roleList ?? [], mentions.mentions, annotations), [roleList, mentions.mentions, annotations]);
  const proposed = here.reduce((sum, person) => sum + person.proposed.length, 0);
  const placeOf = useMemo(() => {
    const placeAt = mentionPlaces(props.blocks);
    return (mention: MentionProposal) => placeAt(mention.start);
  }, [props.blocks]);
  const failure = mentions.status === 'failed' ? mentions.message : roles.status === 'failed' ? roles.message : people.status === 'failed' ? people.message : undefined;

  const decide = (decision: Decision, chosen: readonly MentionChoice[]) => {
    const [first] = chosen;
    const whom = (first && people.byId.get(first.personId)?.preferredName) ?? 'someone';
    const words = chosen.length === 1 ? mentions.mentions.find((mention) => first && sameMention(mention, first))?.text : undefined;
    const what = words === undefined ? `${count(chosen.length, 'mention')} of ${whom}` : `“${words}” as ${whom}`;
    return (decision === 'accept' ? mentions.accept(chosen) : mentions.reject(chosen)).then(
      () => {
        onChanged();
        announce(decision === 'accept' ? `Accepted ${what}: tagged.` : `Rejected ${what}.`);
      },
      (error: unknown) => {
        announce(error instanceof Error ? error.message : String(error), 'alert');
        throw error;
      },
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const step = GROUP_KEYS.get(event.key.toLowerCase());
    if (!step || !panel.current || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    if (event.target instanceof Element && event.target.closest('dialog')) return;
    if (!(event.target instanceof Node) || !focusGrid(gridBeside(panel.current, event.target, step))) return;
    event.preventDefault();
  };

  // A person's last proposal decided: on to the next person's, else back to the previous one's, else the people.
  const exhausted = (group: HTMLElement) => {
    if (!panel.current || focusGrid(gridBeside(panel.current, group, 1)) || focusGrid(gridBeside(panel.current, group, -1))) return;
    documentHeading.current?.focus();
  };

  const toReview = here.filter((person) => person.proposed.length > 0);
  return (
    <section ref={panel} className="people" aria-labelledby={`${id}-heading`} tabIndex={-1} onKeyDown={onKeyDown}>
      <h2 id={`${id}-heading`} className="visually-hidden">
        People
      </h2>
      {here.length > 0 && <MentionLegend />}
      {toReview.length > 0 && (
        <section className="people-review" aria-labelledby={`${id}-review`}>
          <div className="notes-section-head">
            <h3 id={`${id}-review`} className="notes-section-title">
              To review
            </h3>
            <span className="notes-count">{count(proposed, 'mention')}</span>
          </div>
          <p className="people-summary">
            Accept the mentions that name the person, reject the others; accepted ones become tags, listed with the notes. <kbd>Tab</kbd> goes from
            person to person (so do <kbd>J</kbd> and <kbd>K</kbd>), the arrow keys through a person’s mentions.
          </p>
          {toReview.map((person) => (
            <MentionProposals
              key={person.personId}
              personName={people.byId.get(person.personId)?.preferredName ?? 'Someone no longer in the registry'}
              slot={people.slotOf(person.personId)}
              proposals={person.proposed}
              contextOf={props.contextOf}
              placeOf={placeOf}
              focused={props.focused}
              onDecide={decide}
              onShow={props.onShowMention}
              onExhausted={exhausted}
            />
          ))}
        </section>
      )}
      <section aria-labelledby={`${id}-document`}>
        <div className="notes-section-head">
          <h3 id={`${id}-document`} ref={documentHeading} tabIndex={-1} className="notes-section-title">
            In this document
          </h3>
          {roleList && !editingRoles && (
            <button ref={editRolesButton} type="button" className="quiet-button" onClick={() => setEditingRoles(true)}>
              Edit roles
            </button>
          )}
        </div>
        {failure !== undefined && (
          <p role="alert" className="field-error">
            The people of this document could not be read: {failure}
          </p>
        )}
        {editingRoles && roleList ? (
          <RolesEditor
            roles={roleList}
            personIds={here.map((person) => person.personId)}
            registry={people.people}
            onSave={(list) => api.setRoles({ documentId, roles: list }).then(onChanged)}
            onDone={() => {
              setEditingRoles(false);
              // Back to the button that opened the editor, once it is drawn again.
              requestAnimationFrame(() => editRolesButton.current?.focus());
            }}
          />
        ) : (
          here.map((person) => (
            <PersonSection
              key={person.personId}
              person={people.byId.get(person.personId)}
              here={person}
              slot={people.slotOf(person.personId)}
              documentId={documentId}
              witnessId={witnessId}
              revision={revision}
              only={props.onlyPersonId === person.personId}
              onOnly={(only) => props.onOnlyPerson(only ? person.personId : null)}
              onJump={props.onJump}
              shownSeq={props.shownPerson?.personId === person.personId ? props.shownPerson.seq : undefined}
            />
          ))
        )}
        {props.shownPerson && roleList && !here.some((person) => person.personId === props.shownPerson?.personId) && (
          <p role="status" className="people-summary">
            {people.byId.get(props.shownPerson.personId)?.preferredName ?? 'That person'} is not named in this transcription.
          </p>
        )}
        {!editingRoles && mentions.status === 'ready' && roleList && here.length === 0 && (
          <p className="notes-empty">
            No one in the registry is named in this transcription. Select a passage and press <kbd>P</kbd> to tag someone.
          </p>
        )}
      </section>

      <section className="people-registry" aria-labelledby={`${id}-registry`}>
        <div className="notes-section-head">
          <h3 id={`${id}-registry`} className="notes-section-title">
            Registry
          </h3>
          <span className="notes-count">{count(people.people.length, 'person', 'people')}</span>
        </div>
        <p className="people-summary">Names, aliases, life dates and authority links; new aliases are looked for in every text.</p>
        <PeopleRegistry people={people.people} slotOf={people.slotOf} onChanged={onChanged} />
      </section>
    </section>
  );
}

/**
 * Mention proposals: where a witness's current text names people of the registry (core/people/mentions.ts),
 * and what the reader decided about each. Nothing about a proposal is stored until the reader decides:
 * an accepted mention is an identifying annotation (a person tag on the passage), a rejected one a row
 * in mention_rejections. So proposals follow every new alias and every rebuilt text at once.
 */
import type { CarrelService, MentionProposal } from '../../core/api.js';
import type { AnchoredAnnotation } from '../../core/annotation/model.js';
import { CarrelError } from '../../core/errors.js';
import { detectMentions } from '../../core/people/mentions.js';
import type { Mention } from '../../core/people/model.js';
import { annotationsOfWitness } from '../repositories/annotations.js';
import { namedPeopleOfWitness } from '../repositories/named-people.js';
import { deleteRejection, insertRejection, rejectionsOfWitness } from '../repositories/mention-rejections.js';
import { allPeople } from '../repositories/people.js';
import type { Db } from '../repositories/prepared.js';
import { addPassageAnnotation } from './annotations.js';
import type { ServiceContext } from './context.js';
import { anchoredIn, witnessText, type WitnessText } from './passages.js';

/** A mention's place and person, as a map key. */
function keyOf({ personId, start, end }: Pick<Mention, 'personId' | 'start' | 'end'>): string {
  return `${start}:${end}:${personId}`;
}

/**
 * The mentions of registry people in the witness's current text, by key, in text order: those the
 * registry's names find, and those the file itself named (a TEI edition's `persName`) where the words are
 * still the ones it named and the names found no mention of that person overlapping them.
 */
function detectedIn(db: Db, witness: WitnessText): Map<string, Mention> {
  const found = detectMentions(witness.text, allPeople(db));
  const foundOf = new Map<string, Mention[]>();
  for (const mention of found) {
    const ofPerson = foundOf.get(mention.personId);
    if (ofPerson) ofPerson.push(mention);
    else foundOf.set(mention.personId, [mention]);
  }
  const named = namedPeopleOfWitness(db, witness.witnessId).filter(
    (mention) =>
      witness.text.slice(mention.start, mention.end) === mention.text &&
      !(foundOf.get(mention.personId) ?? []).some((other) => other.start < mention.end && mention.start < other.end),
  );
  const all = named.length === 0 ? found : [...found, ...named].sort((a, b) => a.start - b.start || a.end - b.end);
  return new Map(all.map((mention) => [keyOf(mention), mention]));
}

/**
 * The witness's annotations that tag a person, by the key of each (place, person) they cover now: an
 * annotation anchored exactly on a mention and tagging its person is that mention accepted.
 */
function personTagsIn(db: Db, witness: WitnessText): Map<string, AnchoredAnnotation> {
  const tags = new Map<string, AnchoredAnnotation>();
  for (const annotation of annotationsOfWitness(db, witness.witnessId)) {
    if (annotation.people.length === 0) continue;
    const anchored = anchoredIn(witness.text, annotation);
    const { anchor } = anchored;
    if (anchor.status !== 'anchored') continue;
    for (const personId of annotation.people) {
      const key = keyOf({ personId, start: anchor.start, end: anchor.end });
      if (!tags.has(key)) tags.set(key, anchored);
    }
  }
  return tags;
}

/** The mentions `choices` name, each a current detection; CarrelError('bad-request') naming the first that is not. */
function chosenMentions(detected: Map<string, Mention>, choices: readonly Pick<Mention, 'personId' | 'start' | 'end'>[]): Mention[] {
  const chosen = new Map<string, Mention>();
  for (const choice of choices) {
    const mention = detected.get(keyOf(choice));
    if (!mention) {
      throw new CarrelError(
        'bad-request',
        `Nothing was changed: no mention of that person is detected at ${choice.start}–${choice.end} now. The text or the people's names may have changed; look at the proposals again.`,
      );
    }
    chosen.set(keyOf(mention), mention);
  }
  return [...chosen.values()];
}

/** listMentions, acceptMentions and rejectMentions. An unknown witness fails with CarrelError('not-found'). */
export function mentionsService(context: ServiceContext): Pick<CarrelService, 'listMentions' | 'acceptMentions' | 'rejectMentions'> {
  const { store, ids } = context;
  const { db } = store;
  const write = <T>(fn: (at: Date) => T): T => db.transaction(() => fn(ids.now())).immediate();

  return {
    listMentions: ({ witnessId }) => {
      const witness = witnessText(db, witnessId);
      const accepted = personTagsIn(db, witness);
      // A rejection holds while the words there are still those rejected.
      const rejected = new Set(rejectionsOfWitness(db, witnessId).map((mention) => `${keyOf(mention)}:${mention.text}`));
      return [...detectedIn(db, witness).values()].map((mention): MentionProposal => {
        const key = keyOf(mention);
        const status = accepted.has(key) ? 'accepted' : rejected.has(`${key}:${mention.text}`) ? 'rejected' : 'proposed';
        return { ...mention, status };
      });
    },

    acceptMentions: ({ witnessId, mentions }) =>
      write((at) => {
        const witness = witnessText(db, witnessId);
        const chosen = chosenMentions(detectedIn(db, witness), mentions);
        const accepted = personTagsIn(db, witness);
        return chosen.map((mention) => {
          deleteRejection(db, witnessId, mention);
          // Accepting again answers the tag already there rather than a second one.
          const existing = accepted.get(keyOf(mention));
          if (existing) return existing;
          const created = addPassageAnnotation(context, witness, { start: mention.start, end: mention.end, people: [mention.personId] }, at);
          return anchoredIn(witness.text, created);
        });
      }),

    rejectMentions: ({ witnessId, mentions }) =>
      write(() => {
        const witness = witnessText(db, witnessId);
        const chosen = chosenMentions(detectedIn(db, witness), mentions);
        for (const mention of chosen) insertRejection(db, witnessId, mention);
        return { rejected: chosen.length };
      }),
  };
}

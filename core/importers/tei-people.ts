/**
 * The people a TEI file identifies: each `listPerson/person`, and each person a `persName` (or a
 * `name`/`rs` typed `person`) points at with `@ref` or `@key`. A `#id` pointer is resolved to the
 * `person` of that id, so that "Filippov" and "Stalin" with `ref="#stalin"` are one person.
 */
import type { Element, Node } from '@xmldom/xmldom';
import type { NamedPerson, PassagePlace } from './model.js';
import { attribute, childElements, descendants, plainText, teiName, tokens, xmlId } from './tei-dom.js';

/** The people of one file, gathering their mentions as its transcriptions are walked. */
export class TeiPeople {
  readonly #people: NamedPerson[] = [];
  /** By `xml:id`, for `#id` pointers. */
  readonly #byId = new Map<string, NamedPerson>();
  /** By every authority or key a person is known by, so that a pointer straight to a URI finds its entry. */
  readonly #byRef = new Map<string, NamedPerson>();
  /** The places each person is already mentioned at, so that nested names count once. */
  readonly #placed = new Map<NamedPerson, Set<string>>();

  /** Reads the file's `person` entries, then the people its header names (a letter's sender, say). */
  constructor(root: Element) {
    for (const person of descendants(root, 'person')) this.#addEntry(person);
    for (const element of descendants(root, 'teiHeader').flatMap((header) => descendants(header, 'persName', 'name', 'rs'))) {
      if (namesPerson(element) && !within(element, 'person')) this.peopleNamedBy(element);
    }
  }

  /**
   * The people `element` points at, when it is a name of a person with `@ref` or `@key`; a person not
   * met before is added under the element's words, with the pointer as given.
   */
  peopleNamedBy(element: Element): NamedPerson[] {
    if (!namesPerson(element)) return [];
    const key = attribute(element, 'key');
    const refs = [...tokens(element, 'ref'), ...(key === undefined ? [] : [key])];
    return refs.map((ref) => {
      const known = (ref.startsWith('#') ? this.#byId.get(ref.slice(1)) : undefined) ?? this.#byRef.get(ref);
      if (known) return known;
      const person: NamedPerson = { name: plainText(element) || ref, ref, mentions: [] };
      this.#people.push(person);
      this.#byRef.set(ref, person);
      return person;
    });
  }

  /** Records that `person` is mentioned at `place`. */
  mention(person: NamedPerson, place: PassagePlace): void {
    // Kept in a set: a person named ten thousand times must not be searched ten thousand times.
    const placed = this.#placed.get(person) ?? new Set<string>();
    this.#placed.set(person, placed);
    const key = `${place.witness}:${place.start}:${place.end}`;
    if (placed.has(key)) return;
    placed.add(key);
    person.mentions.push(place);
  }

  /** Every person, entries first in the file's order, then the others in the order first met. */
  list(): NamedPerson[] {
    return this.#people;
  }

  /**
   * A `person` entry: named by its first `persName` (or `name`), known by its authority URI (`@ref`,
   * `@sameAs`, an `idno` or its name's `@ref`) or else by its own `#id`.
   */
  #addEntry(person: Element): void {
    const id = xmlId(person);
    const nameElement = childElements(person, 'persName')[0] ?? childElements(person, 'name')[0];
    const name = plainText(nameElement);
    const refs = [
      ...tokens(person, 'ref'),
      ...tokens(person, 'sameAs'),
      ...childElements(person, 'idno').map(plainText),
      ...(nameElement ? tokens(nameElement, 'ref') : []),
    ].filter((ref) => ref !== '');
    const local = id === undefined ? undefined : `#${id}`;
    const ref = refs.find((candidate) => /^https?:\/\//u.test(candidate)) ?? refs[0] ?? local;
    if (name === '' && ref === undefined) return;
    const entry: NamedPerson = { name: name || (id ?? ref ?? ''), ...(ref !== undefined && { ref }), mentions: [] };
    this.#people.push(entry);
    if (id !== undefined) this.#byId.set(id, entry);
    for (const known of refs) if (!this.#byRef.has(known)) this.#byRef.set(known, entry);
  }
}

/** True for an element that names a person: `persName`, or `name`/`rs` typed `person`. */
function namesPerson(element: Element): boolean {
  const name = teiName(element);
  return name === 'persName' || ((name === 'name' || name === 'rs') && attribute(element, 'type') === 'person');
}

function within(element: Element, ancestorName: string): boolean {
  for (let node: Node | null = element.parentNode; node; node = node.parentNode) {
    if (teiName(node) === ancestorName) return true;
  }
  return false;
}

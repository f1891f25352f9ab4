/**
 * The `xml:id`s of a TEI export. An xml:id must be an XML name (no leading digit, no spaces), and store
 * ids are UUIDs that may start with a digit, so each gets a prefix saying what it names.
 */

/** An id made safe for use after a prefix: characters an XML name cannot hold become `_`. */
function safe(id: string): string {
  // The test first: store ids are UUIDs, already safe, and a test makes no new string.
  return UNSAFE.test(id) ? id.replace(UNSAFE_ALL, '_') : id;
}

const UNSAFE = /[^A-Za-z0-9._-]/u;
const UNSAFE_ALL = /[^A-Za-z0-9._-]/gu;

/**
 * The xml:id of each thing a TEI export names; anchors are the annotation's id with -start and -end.
 * Colours and tags are numbered in the order the header declares them: their names are free text,
 * which no prefix makes an XML name without two of them meeting.
 */
export const teiIds = {
  person: (id: string): string => `person-${safe(id)}`,
  document: (id: string): string => `doc-${safe(id)}`,
  witness: (id: string): string => `wit-${safe(id)}`,
  /** The transcription as declared in the header's listWit, which an apparatus reading's `@wit` points at. */
  listedWitness: (id: string): string => `witness-${safe(id)}`,
  annotation: (id: string): string => `ann-${safe(id)}`,
  anchorStart: (id: string): string => `ann-${safe(id)}-start`,
  anchorEnd: (id: string): string => `ann-${safe(id)}-end`,
  /** The annotation's note, written in the text after its passage. */
  note: (id: string): string => `note-${safe(id)}`,
  creator: (index: number): string => `creator-${index + 1}`,
  category: (index: number): string => `category-${index + 1}`,
  tag: (index: number): string => `tag-${index + 1}`,
};

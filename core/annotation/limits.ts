/**
 * The limits of an annotation, apart from its schemas (model.ts) so that the page can read them without
 * bundling and evaluating a schema library at start-up.
 */

/** Longest note accepted (characters): a long essay fits, a pasted book does not. */
export const MAX_NOTE_LENGTH = 100_000;
/** Longest tag accepted (characters). */
export const MAX_TAG_LENGTH = 64;
/** Most tags on one annotation. */
export const MAX_TAGS = 32;
/** Characters of context kept on each side of a quote (W3C prefix and suffix). */
export const CONTEXT_LENGTH = 32;
/** Most annotations read whole in one call (getAnnotations): a panel's worth of cards several times over. */
export const MAX_ANNOTATIONS_PER_READ = 500;
/** Most linked entities on one annotation, as many as people. */
export const MAX_ENTITIES = 20;

/**
 * The chrome a saved archive web page wraps around a document: navigation, funder credits, rights text
 * and the side panel of page metadata. Matched on whole trimmed paragraphs, never inside the text.
 */

/** Phrases that are page chrome wherever they stand. */
const FURNITURE_PHRASES: readonly RegExp[] = [
  /^Skip to (?:main )?content$/i,
  /^(?:Back to top|Print|Share|Download|Menu|Search)$/i,
  /^This document was made possible with support from\b/i,
  // The archive's rights statement and its contact line.
  /^The .+ welcomes reuse of\b/i,
  /^To enquire about this document\b/i,
];

/** Labels of the page's metadata panel; the short lines after them are their values. */
const PAGE_LABELS =
  /^(?:Document Information|Original Uploaded Date|Record ID|Original Classification|Original Archive|Original Language|Document Type|Subjects Discussed|Associated People & Organizations|Associated Places|Associated Topics|Theme|Donors|Funders)$/i;

/** "Document Information" heads the provenance paragraph rather than a list of values. */
const INFORMATION_LABEL = /^Document Information$/i;

/** True for navigation, credit and rights text that is not part of the document. */
export function isFurniturePhrase(text: string): boolean {
  return FURNITURE_PHRASES.some((pattern) => pattern.test(text));
}

/** True for a label of the page's metadata panel ("Record ID", "Original Classification"). */
export function isPageLabel(text: string): boolean {
  return PAGE_LABELS.test(text);
}

/** True for the label under which the page gives the document's provenance. */
export function isInformationLabel(text: string): boolean {
  return INFORMATION_LABEL.test(text);
}

/** True for anything a saved page shows around the document: both kinds above. */
export function isPageChrome(text: string): boolean {
  return isFurniturePhrase(text) || isPageLabel(text);
}

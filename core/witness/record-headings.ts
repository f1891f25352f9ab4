/** The headings of an archive's catalogue record ("Citation:", "Summary:"), which precede the document. */

const RECORD_HEADING =
  /^(Citation|Summary|Credits|Original Language|Contents|Associated People & Organizations|Associated Places|Associated Topics|Subjects Discussed|Original Archive|Source|Rights|Record ID|Keywords|Notes|Document Information):$/i;

/** The heading's name without its colon ("Citation"), or undefined for any other paragraph. */
export function recordHeading(text: string): string | undefined {
  return RECORD_HEADING.exec(text)?.[1];
}

/** A paragraph that is only a link, as records print their source URL ("<http://...>"). */
export function isBareUrl(text: string): boolean {
  return /^<?https?:\/\/\S+?>?$/.test(text);
}

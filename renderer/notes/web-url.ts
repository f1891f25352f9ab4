/** Only web addresses become links: a `javascript:` or `file:` URL from an imported file must stay inert text. */
export function isWebUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

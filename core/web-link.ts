/**
 * Which addresses are web links: the only ones Carrel shows as links or hands to the system browser. An
 * address from an imported file (`javascript:`, `file:`, `smb:`) stays inert text.
 */

/** True for http(s) addresses. */
export function isWebLink(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** True when keys typed at `target` are text for a field (inputs, text areas, editable content), not commands. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['button', 'checkbox', 'radio', 'range', 'color', 'file', 'submit', 'reset', 'image'].includes(target.type);
}

/** How the command key is written on this platform, for hints: "⌘" on Apple systems, "Ctrl+" elsewhere. */
export const MOD = /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘' : 'Ctrl+';

/** The command key as aria-keyshortcuts names it ("Meta" on Apple systems, "Control" elsewhere). */
export const MOD_KEY = MOD === '⌘' ? 'Meta' : 'Control';

/** Whether a short text shows anything: a tag or a name of only zero-width or format characters looks empty. */

/** Characters that take no room and show nothing: white space, format characters (zero-width space, joiners, marks of direction), and the Hangul fillers. */
const INVISIBLE = /^[\p{White_Space}\p{Cf}\u115f\u1160\u3164\uffa0\u2800]*$/u;

/** True when `text` has at least one character a reader can see. */
export function hasVisibleCharacter(text: string): boolean {
  return !INVISIBLE.test(text);
}

/**
 * The middle dot between items of a metadata line. Screen readers hear a comma instead, so that
 * "May 14, 1950 · 2 transcriptions" is not read as "May 14, 19502 transcriptions". The dot is held to the
 * item before it (a no-break space), so that a line that wraps never starts with one.
 */
export function Separator() {
  return (
    <>
      <span className="visually-hidden">, </span>
      <span aria-hidden="true">{'\u00a0· '}</span>
    </>
  );
}

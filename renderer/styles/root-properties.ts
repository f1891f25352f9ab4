/**
 * Sets custom properties on the page's root (the colours the store gives categories and people), writing
 * only those whose value differs from what is there, and removing those given as undefined. Why it
 * compares first: every write to :root restyles every element under it, and with a long text open that
 * costs more than half a second, so lists read again with the same colours must cost nothing.
 */
export function writeRootProperties(values: ReadonlyMap<string, string | undefined>): void {
  const style = document.documentElement.style;
  for (const [name, value] of values) {
    // The inline style is read back, not computed style: reading it forces no style or layout work.
    const current = style.getPropertyValue(name);
    if (value === undefined) {
      if (current !== '') style.removeProperty(name);
    } else if (current !== value) style.setProperty(name, value);
  }
}

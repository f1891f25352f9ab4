/** Hue bands (degrees, upper bound excluded) and the word a reader would use for each. */
const HUES: readonly (readonly [number, string])[] = [
  [15, 'red'],
  [38, 'orange'],
  [50, 'amber'],
  [70, 'yellow'],
  [165, 'green'],
  [195, 'teal'],
  [250, 'blue'],
  [290, 'violet'],
  [320, 'purple'],
  [345, 'pink'],
  [360, 'red'],
];

/**
 * The everyday word for a category's colour (#rrggbb or #rrggbbaa, alpha ignored): "amber", "blue",
 * "green"; "grey" when it has hardly any hue and "brown" for a dull orange. For screen readers and
 * forced colours, where the colour itself is not seen; undefined for anything that is not such a hex.
 */
export function colourName(hex: string): string | undefined {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})(?:[0-9a-f]{2})?$/iu.exec(hex);
  if (!match) return undefined;
  const [r, g, b] = match.slice(1, 4).map((pair) => parseInt(pair ?? '0', 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const lightness = (max + min) / 2;
  const chroma = max - min;
  const saturation = chroma === 0 ? 0 : chroma / (1 - Math.abs(2 * lightness - 1));
  if (saturation < 0.15) return 'grey';
  const sector = max === r ? ((g - b) / chroma + 6) % 6 : max === g ? (b - r) / chroma + 2 : (r - g) / chroma + 4;
  const hue = sector * 60;
  const word = HUES.find(([below]) => hue < below)?.[1] ?? 'red';
  return (word === 'orange' || word === 'amber') && saturation < 0.4 ? 'brown' : word;
}

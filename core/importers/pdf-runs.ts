/**
 * pdf.js's text items turned into runs placed on the page as a reader sees it: the page's rotation and
 * crop applied, then turned so that the text's own lines run left to right and follow one another
 * downwards, whichever way the page is printed.
 */

/** What the layout needs of a pdf.js text item (`TextItem` from `getTextContent`). */
export interface PdfTextItem {
  str: string;
  /** 'ltr', 'rtl' or 'ttb', as pdf.js judged the item after putting its text in logical order. */
  dir: string;
  /** The item's text matrix in the page's user space: [a, b, c, d, e, f]. */
  transform: readonly number[];
  /** Its advance along the line, in user space. */
  width: number;
  /** Its font's height, in user space. */
  height: number;
}

/** A run of text on a page, in the frame where its lines run left to right and down. */
export interface PlacedRun {
  /** In logical order, ligatures already read as letters. */
  text: string;
  /** Where the run starts along its line and how far it reaches, in page units. */
  x: number;
  width: number;
  /** Its baseline, downwards from the top. */
  y: number;
  /** Its font size, in page units. */
  size: number;
  /** pdf.js read it as right-to-left text (Hebrew, Arabic). */
  rtl: boolean;
}

/** A page's runs: those that follow the page's main direction, and the text printed any other way. */
export interface PageRuns {
  runs: PlacedRun[];
  /** Text set at another angle (a stamp, a margin note printed sideways), in the order the file gives it. */
  aside: string[];
}

/**
 * Glyph forms that stand for letters: the Latin ligatures typesetters use (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ), and the
 * Hebrew and Arabic presentation forms (a letter's shape at the start, middle or end of a word, lam-alef),
 * which some PDF producers give instead of the letters and pdf.js does not all fold. Read as letters,
 * "ﬁnding" and "ﻣﺮﺣﺒﺎ" are found by search like "finding" and "مرحبا".
 */
const GLYPH_FORMS = /[\ufb00-\ufb06\ufb1d-\ufdff\ufe70-\ufefe]+/gu;

/** `text` with its ligatures and presentation forms read as letters (NFKC for those alone, not the whole text). */
export function unligate(text: string): string {
  return text.replace(GLYPH_FORMS, (forms) => forms.normalize('NFKC'));
}

/** Within this angle of a quarter turn, a run counts as printed that way (a slightly skewed scan's text). */
const ANGLE_TOLERANCE = (5 * Math.PI) / 180;

/**
 * The runs of one page. `viewport` is the page's viewport transform at scale 1 (`page.getViewport`),
 * which applies the page's rotation and crop box and turns y downwards; the quarter turn that most of the
 * page's characters share becomes the frame of the runs, and text at any other angle is set aside.
 */
export function placeRuns(items: readonly PdfTextItem[], viewport: readonly number[]): PageRuns {
  const placed: { item: PdfTextItem; text: string; turn: number | undefined; matrix: number[] }[] = [];
  const weightByTurn = [0, 0, 0, 0];
  for (const item of items) {
    const text = unligate(item.str);
    if (text.trim() === '') continue;
    const matrix = multiply(viewport, item.transform);
    const turn = quarterTurn(Math.atan2(matrix[1] ?? 0, matrix[0] ?? 0));
    if (turn !== undefined) weightByTurn[turn] = (weightByTurn[turn] ?? 0) + text.length;
    placed.push({ item, text, turn, matrix });
  }
  const main = weightByTurn.indexOf(Math.max(...weightByTurn));
  const cos = Math.round(Math.cos((main * Math.PI) / 2));
  const sin = Math.round(Math.sin((main * Math.PI) / 2));
  const runs: PlacedRun[] = [];
  const aside: string[] = [];
  for (const { item, text, turn, matrix } of placed) {
    if (turn !== main) {
      aside.push(text);
      continue;
    }
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = matrix;
    const size = Math.hypot(c, d) || item.height || Math.hypot(a, b) || 1;
    runs.push({ text, x: e * cos + f * sin, y: -e * sin + f * cos, width: Math.abs(item.width), size, rtl: item.dir === 'rtl' });
  }
  return { runs, aside };
}

/** 0 to 3 quarter turns clockwise (y points down), or undefined for an angle between them. */
function quarterTurn(angle: number): number | undefined {
  const turns = angle / (Math.PI / 2);
  const nearest = Math.round(turns);
  if (Math.abs(turns - nearest) * (Math.PI / 2) > ANGLE_TOLERANCE) return undefined;
  return ((nearest % 4) + 4) % 4;
}

/** The product of two PDF matrices [a b c d e f]: `second` applied first, as pdf.js's Util.transform. */
function multiply(first: readonly number[], second: readonly number[]): number[] {
  const [a1 = 1, b1 = 0, c1 = 0, d1 = 1, e1 = 0, f1 = 0] = first;
  const [a2 = 1, b2 = 0, c2 = 0, d2 = 1, e2 = 0, f2 = 0] = second;
  return [a1 * a2 + c1 * b2, b1 * a2 + d1 * b2, a1 * c2 + c1 * d2, b1 * c2 + d1 * d2, a1 * e2 + c1 * f2 + e1, b1 * e2 + d1 * f2 + f1];
}

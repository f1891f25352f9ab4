/** Dates as archives write them ("May 14, 1950", "14 May 1950"), read into ISO form. */

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const MONTH = '([A-Za-z]{3,9})\\.?';
const MONTH_FIRST = new RegExp(`^${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})$`);
const DAY_FIRST = new RegExp(`^(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})$`);
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The ISO date (YYYY-MM-DD) that a line consisting only of a date names, or undefined for anything else. */
export function parseDateLine(line: string): string | undefined {
  const text = line.trim();
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst) return isoDate(monthFirst[3], monthNumber(monthFirst[1]), monthFirst[2]);
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) return isoDate(dayFirst[3], monthNumber(dayFirst[2]), dayFirst[1]);
  const iso = ISO.exec(text);
  if (iso) return isoDate(iso[1], Number(iso[2]), iso[3]);
  return undefined;
}

/** "1950-05-14" as a reader of English expects it in a note: "May 14, 1950". */
export function formatLongDate(iso: string): string | undefined {
  const match = ISO.exec(iso);
  const name = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || name === undefined) return undefined;
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${Number(match[3])}, ${match[1]}`;
}

/** Accepts full names and abbreviations of three letters or more ("Sept"); 0 for anything else. */
function monthNumber(name: string | undefined): number {
  const lower = (name ?? '').toLowerCase();
  if (lower.length < 3) return 0;
  return MONTHS.findIndex((month) => month.startsWith(lower)) + 1;
}

function isoDate(year: string | undefined, month: number, day: string | undefined): string | undefined {
  const dayNumber = Number(day);
  if (year === undefined || month < 1 || dayNumber < 1 || dayNumber > 31) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(dayNumber).padStart(2, '0')}`;
}

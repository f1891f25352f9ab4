/** A date as the reader sees it: the witness's own wording when it has one, else the ISO date spelled out. */
export function displayDate(date: string | undefined, dateText: string | undefined): string | undefined {
  if (dateText) return dateText;
  if (!date) return undefined;
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return parsed.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** "1 transcription", "2 transcriptions". */
export function countTranscriptions(count: number): string {
  return `${count} ${count === 1 ? 'transcription' : 'transcriptions'}`;
}

import type { ImportReport } from '../../core/api.js';

/** “A”, “A” and “B”, “A”, “B” and “C”: titles as a sentence names them. */
function titles(documents: readonly string[]): string {
  const quoted = documents.map((title) => `“${title}”`);
  const last = quoted.pop();
  if (last === undefined) return '';
  return quoted.length === 0 ? last : `${quoted.join(', ')} and ${last}`;
}

/** The import report as one sentence: "Imported into “<title>”: 3 added, 1 updated, 2 unchanged, 0 orphaned." */
export function describeImport(report: ImportReport): string {
  const where = report.documents.length > 0 ? ` into ${titles(report.documents)}` : '';
  return `Imported${where}: ${report.added} added, ${report.updated} updated, ${report.unchanged} unchanged, ${report.orphaned} orphaned.`;
}

import type { ImportReport } from '../../core/api.js';

/** “A”, “A” and “B”, “A”, “B” and “C”: titles as a sentence names them. */
function titles(documents: readonly string[]): string {
  const quoted = documents.map((title) => `“${title}”`);
  const last = quoted.pop();
  if (last === undefined) return '';
  return quoted.length === 0 ? last : `${quoted.join(', ')} and ${last}`;
}

/**
 * The import report: "Imported into “<title>”: 3 added, 1 updated, 2 unchanged, 0 orphaned.", and, when
 * it changed anything, that one undo takes it all back (the store keeps an import as one step).
 */
export function describeImport(report: ImportReport): string {
  const where = report.documents.length > 0 ? ` into ${titles(report.documents)}` : '';
  const counts = `Imported${where}: ${report.added} added, ${report.updated} updated, ${report.unchanged} unchanged, ${report.orphaned} orphaned.`;
  return report.added + report.updated > 0 ? `${counts} Undo (Ctrl+Z, ⌘Z) takes the whole import back.` : counts;
}

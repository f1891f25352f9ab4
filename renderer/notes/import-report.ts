import type { ImportReport } from '../../core/api.js';

/** “A”, “A” and “B”, “A”, “B” and “C”: titles as a sentence names them. */
function titles(documents: readonly string[]): string {
  const quoted = documents.map((title) => `“${title}”`);
  const last = quoted.pop();
  if (last === undefined) return '';
  return quoted.length === 0 ? last : `${quoted.join(', ')} and ${last}`;
}

/** "into “T”: 3 added, 1 updated, 2 unchanged, 0 orphaned", and "; 2 skipped" when anything is. */
function counts(report: ImportReport): string {
  const where = report.documents.length > 0 ? ` into ${titles(report.documents)}` : '';
  const skipped = report.skipped.length > 0 ? `; ${report.skipped.length} skipped` : '';
  return `${where}: ${report.added} added, ${report.updated} updated, ${report.unchanged} unchanged, ${report.orphaned} orphaned${skipped}`;
}

/**
 * What a preview says the import will do: "Will import into “<title>”: 3 added, 1 updated, 2
 * unchanged, 0 orphaned; 1 skipped." A file of which nothing can come in says so.
 */
export function describePreview(report: ImportReport): string {
  if (report.added + report.updated + report.unchanged > 0) return `Will import${counts(report)}.`;
  return report.skipped.length > 0 ? 'Nothing in this file can come in: every annotation in it is listed below with the reason.' : 'This file holds no annotations.';
}

/**
 * The import report: "Imported into “<title>”: 3 added, 1 updated, 2 unchanged, 0 orphaned.", and, when
 * it changed anything, that one undo takes it all back (the store keeps an import as one step).
 */
export function describeImport(report: ImportReport): string {
  const sentence = `Imported${counts(report)}.`;
  return report.added + report.updated > 0 ? `${sentence} Undo (Ctrl+Z, ⌘Z) takes the whole import back.` : sentence;
}

/** The notes on documents not in the library, as the offer to put them on the open one counts them. */
export function unplacedCount(report: ImportReport): number {
  return report.unplaced.reduce((sum, group) => sum + group.count, 0);
}

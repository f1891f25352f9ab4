/** `npm run bench`: prints each figure beside its baseline and target. Nothing here is asserted. */
import { anchoringReport, measureAnchoring } from './anchoring.js';
import { rendererScriptBytes } from './bundle-size.js';
import { coldStartRatio, measureColdStart } from './cold-start.js';
import { measureMentionDetection, mentionDetectionReport } from './mentions.js';
import { median, ms } from './stats.js';

/** Benches that also run alone, by name: `npm run bench -- import-pdf library-10k search`. */
const NAMED: Record<string, () => Promise<string[]>> = {
  'import-pdf': async () => (await import('./import-pdf.js')).importPdfReport(),
  'import-text': async () => (await import('./import-text.js')).importTextReport(),
  'import-notes': async () => (await import('./import-notes.js')).importNotesReport(),
  'library-10k': async () => (await import('./library-10k.js')).library10kReport(),
  export: async () => (await import('./export-import.js')).exportReport(),
  search: async () => {
    const { longTextNotesReport, searchReport } = await import('./search.js');
    return [...(await searchReport()), ...longTextNotesReport()];
  },
};
const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !Object.hasOwn(NAMED, name));
if (unknown.length > 0) {
  console.error(`No bench called ${unknown.map((name) => `"${name}"`).join(', ')}: name one of ${Object.keys(NAMED).join(', ')}, or none to run them all.`);
  process.exit(2);
}
if (chosen.length > 0) {
  for (const name of chosen) for (const line of (await NAMED[name]?.()) ?? []) console.log(line);
  process.exit(0);
}

const bundle = rendererScriptBytes();
console.log(`Renderer JavaScript: ${(bundle.raw / 1024).toFixed(1)} KB raw, ${(bundle.gzipped / 1024).toFixed(1)} KB gzipped (target < 250 KB gzipped)`);

const cold = await measureColdStart(5);
console.log(`carrel serve start-up on a new data folder (migrate + seed): ${ms(cold.serveStartMs)}`);
console.log(`Cold start to first paragraph, median of ${cold.carrelMs.length}: Carrel ${ms(median(cold.carrelMs))}, static page ${ms(median(cold.staticMs))}`);
console.log(`  ratio ${coldStartRatio(cold).toFixed(2)}x (target <= 2x); runs: Carrel [${cold.carrelMs.map((t) => t.toFixed(0)).join(', ')}], static [${cold.staticMs.map((t) => t.toFixed(0)).join(', ')}]`);

for (const line of anchoringReport(measureAnchoring())) console.log(line);

for (const line of mentionDetectionReport(measureMentionDetection(5))) console.log(line);

// Imported here rather than above so that this section stays a self-contained block at the end.
const { annotationsPaintReport, measureAnnotationsPaint } = await import('./annotations-paint.js');
for (const line of annotationsPaintReport(await measureAnnotationsPaint())) console.log(line);

const { compareReport, measureCompare } = await import('./compare.js');
for (const line of compareReport(measureCompare(7))) console.log(line);

const { compareViewReport, measureCompareView } = await import('./compare-view.js');
for (const line of compareViewReport(await measureCompareView(3))) console.log(line);

const { projectionReport } = await import('./projection.js');
for (const line of await projectionReport()) console.log(line);

for (const report of Object.values(NAMED)) for (const line of await report()) console.log(line);

/**
 * `npm run bench`: every bench, each figure beside its baseline and target; `npm run bench -- NAME ...`
 * the ones named. Each timing is taken twice, as the machine is and with every core kept busy by other
 * processes (busy-machine.ts), since Carrel must hold its targets on a laptop doing other work too. A
 * bench that loads the machine itself, between its own figures, says so. Nothing here is asserted.
 */
import { busyMachine } from './busy-machine.js';

interface Bench {
  run: () => Promise<string[]>;
  /** It prints its figures quiet and loaded itself. */
  loadsItself?: boolean;
  /** A size, not a time: the same on a busy machine. */
  untimed?: boolean;
}

const BENCHES: Record<string, Bench> = {
  'bundle-size': {
    untimed: true,
    run: async () => {
      const bundle = (await import('./bundle-size.js')).rendererScriptBytes();
      return [`Renderer JavaScript: ${(bundle.raw / 1024).toFixed(1)} KB raw, ${(bundle.gzipped / 1024).toFixed(1)} KB gzipped (target < 250 KB gzipped)`];
    },
  },
  'cold-start': { loadsItself: true, run: async () => (await import('./cold-start.js')).coldStartReport() },
  anchoring: {
    run: async () => {
      const { anchoringReport, measureAnchoring } = await import('./anchoring.js');
      return anchoringReport(measureAnchoring());
    },
  },
  mentions: {
    run: async () => {
      const { measureMentionDetection, mentionDetectionReport } = await import('./mentions.js');
      return mentionDetectionReport(measureMentionDetection(5));
    },
  },
  'annotations-paint': {
    loadsItself: true,
    run: async () => {
      const { annotationsPaintReport, measureAnnotationsPaint } = await import('./annotations-paint.js');
      return annotationsPaintReport(await measureAnnotationsPaint());
    },
  },
  export: { run: async () => (await import('./export-import.js')).exportReport() },
  compare: {
    run: async () => {
      const { compareReport, measureCompare } = await import('./compare.js');
      return compareReport(measureCompare(7));
    },
  },
  'compare-view': {
    run: async () => {
      const { compareViewReport, measureCompareView } = await import('./compare-view.js');
      return compareViewReport(await measureCompareView(3));
    },
  },
  projection: { run: async () => (await import('./projection.js')).projectionReport() },
  'import-pdf': { run: async () => (await import('./import-pdf.js')).importPdfReport() },
  'import-text': { run: async () => (await import('./import-text.js')).importTextReport() },
  'import-notes': { loadsItself: true, run: async () => (await import('./import-notes.js')).importNotesReport() },
  'library-10k': { run: async () => (await import('./library-10k.js')).library10kReport() },
  search: {
    run: async () => {
      const { longTextNotesReport, searchReport } = await import('./search.js');
      return [...(await searchReport()), ...longTextNotesReport()];
    },
  },
  'archive-scale': { loadsItself: true, run: async () => (await import('./archive-scale.js')).archiveScaleReport() },
};

/** A bench's lines, quiet then loaded unless it loads the machine itself or times nothing. */
async function reportOf(name: string, bench: Bench): Promise<string[]> {
  if (bench.untimed || bench.loadsItself) return bench.run();
  const quiet = await bench.run();
  const stop = await busyMachine();
  let loaded: string[];
  try {
    loaded = await bench.run();
  } finally {
    await stop();
  }
  const indented = (lines: string[]) => lines.map((line) => `  ${line}`);
  return [`${name}, as the machine is:`, ...indented(quiet), `${name}, loaded (a process spinning on every core beside it):`, ...indented(loaded)];
}

const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !Object.hasOwn(BENCHES, name));
if (unknown.length > 0) {
  console.error(`No bench called ${unknown.map((name) => `"${name}"`).join(', ')}: name one of ${Object.keys(BENCHES).join(', ')}, or none to run them all.`);
  process.exit(2);
}
for (const name of chosen.length > 0 ? chosen : Object.keys(BENCHES)) {
  const bench = BENCHES[name];
  if (bench) for (const line of await reportOf(name, bench)) console.log(line);
}

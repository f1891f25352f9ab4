/**
 * The preload: gives the page `window.carrel`, the contract's methods carried over one IPC channel.
 *
 * It runs sandboxed, where `require` knows only a few Electron modules and no file of ours, and where
 * preloads cannot be ES modules: so this file is CommonJS and self-contained. It takes only *types* from
 * core/api.ts; the two values it needs from there (the channel and the method names) are written here
 * and tsc checks them against the contract, so adding a method to core/api.ts fails the build until it is
 * listed below.
 */
import type { ApiAnswer, ApiMethod, CarrelApi, IPC_CHANNEL } from '../core/api.js';
// `import =` is how a CommonJS file with verbatimModuleSyntax requires a module.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- sandboxed preloads must be CommonJS
import electron = require('electron');

const CHANNEL: typeof IPC_CHANNEL = 'carrel';

/**
 * Every method of the contract. A Proxy would need no list, but contextBridge copies the object it is
 * given (own properties only), so the page would receive an empty one.
 */
const METHODS: Record<ApiMethod, true> = {
  appInfo: true,
  listBackups: true,
  listDocuments: true,
  listLibrary: true,
  openingDocument: true,
  getDocument: true,
  getWitness: true,
  updateDocumentMeta: true,
  deleteDocument: true,
  restoreDocument: true,
  listCollections: true,
  createCollection: true,
  renameCollection: true,
  deleteCollection: true,
  addToCollection: true,
  removeFromCollection: true,
  listAnnotations: true,
  listAnnotationOutlines: true,
  getAnnotations: true,
  findAnnotations: true,
  listHighlights: true,
  createAnnotation: true,
  updateAnnotation: true,
  reattachAnnotation: true,
  deleteAnnotation: true,
  listProjectedAnnotations: true,
  search: true,
  searchZone: true,
  undo: true,
  redo: true,
  getDocumentNote: true,
  setDocumentNote: true,
  listCategories: true,
  renameCategory: true,
  listTags: true,
  getProfile: true,
  setProfile: true,
  listPeople: true,
  createPerson: true,
  updatePerson: true,
  addAlias: true,
  removeAlias: true,
  mergePeople: true,
  deletePerson: true,
  listMentions: true,
  acceptMentions: true,
  rejectMentions: true,
  listRoles: true,
  setRoles: true,
  personPassages: true,
  exportNotes: true,
  prepareExport: true,
  importNotes: true,
  importDocument: true,
  importProgress: true,
  cancelImport: true,
  readTranscriptionAs: true,
};

const UNREACHABLE = 'Carrel could not reach its library. Close Carrel and open it again.';

/** Sends one call and turns the answer into a value, or an Error whose message the user can read. */
async function call(method: string, args: unknown): Promise<unknown> {
  let answer: unknown;
  try {
    answer = await electron.ipcRenderer.invoke(CHANNEL, method, args ?? {});
  } catch {
    // Electron's own message ("Error invoking remote method...") means nothing to a reader.
    throw new Error(UNREACHABLE);
  }
  if (!isAnswer(answer)) throw new Error(UNREACHABLE);
  if (answer.ok) return answer.value;
  throw new Error(answer.error.message);
}

function isAnswer(value: unknown): value is ApiAnswer {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  return (
    value.ok === false &&
    'error' in value &&
    typeof value.error === 'object' &&
    value.error !== null &&
    'message' in value.error &&
    typeof value.error.message === 'string'
  );
}

const api: Record<string, (args?: unknown) => Promise<unknown>> = {};
for (const method of Object.keys(METHODS)) {
  api[method] = (args) => call(method, args);
}

// The page sees exactly CarrelApi: plain functions returning promises; no ipcRenderer, no events.
const carrel = api as CarrelApi;
electron.contextBridge.exposeInMainWorld('carrel', carrel);

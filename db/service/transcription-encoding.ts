/** readTranscriptionAs: a text transcription read again in the encoding the reader chose (db/reread-witness.ts). */
import type { CarrelService } from '../../core/api.js';
import { readFileInWorker } from '../import-worker/file-reader.js';
import { rereadWitness } from '../reread-witness.js';
import type { ServiceContext } from './context.js';
import { summarise } from './documents.js';

export function transcriptionEncodingService({ store }: ServiceContext): Pick<CarrelService, 'readTranscriptionAs'> {
  return {
    readTranscriptionAs: async ({ witnessId, encoding }) => {
      // Read on the import worker like any file: a long text holds up no other call.
      return summarise(await rereadWitness(store, witnessId, encoding, async (file) => (await readFileInWorker(file)).document));
    },
  };
}

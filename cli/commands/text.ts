/** `carrel text DOCUMENT_ID [--transcription N]`: a transcription's reading text, for scripts and other tools. */
import type { CarrelService } from '../../core/api.js';
import { CarrelError } from '../../core/errors.js';

/** The reading text of the document's `number`th transcription (from 1, in the switcher's order). */
export async function readingText(service: CarrelService, documentId: string, number: number): Promise<string> {
  const { witnesses } = await service.getDocument({ documentId });
  const witness = witnesses[number - 1];
  if (!witness) {
    const has = witnesses.length === 1 ? 'one transcription' : `${witnesses.length} transcriptions`;
    throw new CarrelError('bad-request', `This document has ${has}; --transcription takes 1 to ${witnesses.length}, not ${number}.`);
  }
  return (await service.getWitness({ witnessId: witness.id })).text;
}

/** Why `value` is not a transcription's number; undefined when it is one. */
export function transcriptionProblem(value: string | undefined): string | undefined {
  return value === undefined || /^[1-9]\d{0,5}$/u.test(value) ? undefined : `--transcription takes a number from 1, not "${value.slice(0, 40)}".`;
}

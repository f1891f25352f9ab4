/**
 * What one import's reading may take on the import worker (file-reader.ts). A file that needs more is
 * refused with a sentence and nothing is stored; the rest of Carrel goes on as it was. Read when a worker
 * starts (the heap) and when a read starts (the time), so tests lower them to meet them with small files.
 */
export const IMPORT_LIMITS = {
  /**
   * The worker's JavaScript heap, in MB. Reading a 600-page PDF or a 100 MB text (the largest file
   * Carrel takes) needs far less; a hostile file that needs more stops here instead of taking the memory
   * that the reading room and the store share with it.
   */
  heapMb: 1024,
  /** How long one file may take to read, in seconds; a 600-page PDF takes a few. */
  readSeconds: 120,
  /** How long the worker waits for the next file before it stops, in seconds (importing a folder reuses it). */
  idleSeconds: 30,
};

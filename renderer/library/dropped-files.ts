/**
 * The files a reader dropped on the window, a dropped folder's files included (hidden ones skipped), read
 * through the File and Directory Entries API, the only way a page learns what is inside a folder.
 */

/** Every file dropped, in the order given, each folder's files in name order after it. */
export async function droppedFiles(transfer: DataTransfer): Promise<File[]> {
  // Entries must be taken during the drop event itself: the list is emptied once it returns.
  const entries = [...transfer.items].flatMap((item) => (item.kind === 'file' ? [item.webkitGetAsEntry()] : []));
  if (entries.every((entry) => entry === null)) return [...transfer.files];
  const files: File[] = [];
  for (const entry of entries) if (entry) files.push(...(await filesOf(entry)));
  return files;
}

async function filesOf(entry: FileSystemEntry): Promise<File[]> {
  if (entry.name.startsWith('.')) return [];
  if (isFile(entry)) return [await new Promise<File>((resolve, reject) => entry.file(resolve, reject))];
  if (!isDirectory(entry)) return [];
  const children = await readAll(entry.createReader());
  children.sort((a, b) => a.name.localeCompare(b.name));
  const files: File[] = [];
  for (const child of children) files.push(...(await filesOf(child)));
  return files;
}

/** A folder's entries: readEntries answers in batches until it answers none. */
async function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

const isFile = (entry: FileSystemEntry): entry is FileSystemFileEntry => entry.isFile;
const isDirectory = (entry: FileSystemEntry): entry is FileSystemDirectoryEntry => entry.isDirectory;

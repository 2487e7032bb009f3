// The files of a drop, folders included: a dropped folder is walked (the browser hands its entries
// over in batches) so that a folder of contribution files imports like a multiple selection.

/** The minimal parts of the File and Directory Entries API used here (not in TypeScript's DOM lib). */
interface Entry {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
}
interface FileEntry extends Entry {
  file(success: (file: File) => void, failure: (error: unknown) => void): void;
}
interface DirectoryEntry extends Entry {
  createReader(): {
    readEntries(success: (entries: Entry[]) => void, failure: (error: unknown) => void): void;
  };
}

const fileOf = (entry: FileEntry) =>
  new Promise<File>((resolve, reject) => {
    entry.file(resolve, reject);
  });

async function entriesOf(directory: DirectoryEntry): Promise<Entry[]> {
  const reader = directory.createReader();
  const all: Entry[] = [];
  // readEntries returns at most ~100 entries per call, then an empty batch at the end.
  for (;;) {
    const batch = await new Promise<Entry[]>((resolve, reject) => {
      reader.readEntries(resolve, reject);
    });
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

/** Contribution-like files under a folder: .json and .zip, hidden files left out. */
const wanted = (name: string) => /\.(json|zip)$/i.test(name) && !name.startsWith('.');

async function walk(entry: Entry, into: File[]): Promise<void> {
  if (entry.isFile) {
    if (wanted(entry.name)) into.push(await fileOf(entry as FileEntry));
  } else if (entry.isDirectory) {
    for (const child of await entriesOf(entry as DirectoryEntry)) await walk(child, into);
  }
}

export async function droppedFiles(transfer: DataTransfer): Promise<File[]> {
  const entries = [...transfer.items]
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry() as Entry | null);
  // Browsers without entries (or tests): the dropped files as they are.
  if (entries.length === 0 || entries.some((entry) => entry === null)) return [...transfer.files];
  const files: File[] = [];
  for (const entry of entries) if (entry !== null) await walk(entry, files);
  return files;
}

/** Files chosen with the folder picker: only what can be a contribution. */
export const folderFiles = (files: readonly File[]): File[] =>
  files.filter((file) => wanted(file.name));

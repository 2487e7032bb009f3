// Saves generated content as a file through the browser's download (no server involved): every export
// (PDF, CSV, backups, response files) goes through this one function.

/** How long the file's temporary address stays valid. Revoking it at once can cancel the download in
 *  some browsers; a minute is plenty for the browser to start writing the file. */
const KEEP_ADDRESS_MS = 60_000;

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, KEEP_ADDRESS_MS);
}

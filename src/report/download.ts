// Hands PDF bytes to the browser as a download: a Blob, an object URL and a temporary <a download>.
export function downloadPdf(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([bytes.slice()], { type: 'application/pdf' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 60_000);
}

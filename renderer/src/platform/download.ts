/** Browser downloads through a hidden link: the one way the web build saves files. */

/** Downloads `url` (a data URL or an object URL) as `name`. */
export function downloadUrl(url: string, name: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
}

/** Downloads `blob` as `name`, then frees its object URL. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  downloadUrl(url, name);
  // Revoke on a later task so the download has started.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Browser file transfers: downloads through a hidden link (the one way the web build saves
 * files) and opening the file picker of a hidden input (the one way it reads them).
 */

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

/**
 * Opens the file picker of the hidden `<input type="file">` with this id (the app shell and
 * the export host render them). The value is cleared first so picking the same file again
 * still fires `change`. Does nothing when the input is not mounted.
 */
export function pickWithHiddenInput(id: string): void {
  const input = document.getElementById(id);
  if (input instanceof HTMLInputElement) {
    input.value = '';
    input.click();
  }
}

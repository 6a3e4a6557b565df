const SAFE_NAME = /^[A-Za-z0-9_.-]{1,120}$/;

/**
 * Offers a file to the person through a link click on an object URL, so no
 * content ever goes into a URL the tab does not own. A name the server sent
 * that is not a plain file name is replaced by `fallbackName`.
 */
export function saveFile(blob: Blob, fileName: string | undefined, fallbackName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName && SAFE_NAME.test(fileName) ? fileName : fallbackName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Saves a CSV the API built (`{fileName, contentType, csv}`). */
export function saveCsv(file: { fileName: string; contentType?: string; csv: string }, fallbackName: string) {
  saveFile(new Blob([file.csv], { type: file.contentType || 'text/csv' }), file.fileName, fallbackName);
}

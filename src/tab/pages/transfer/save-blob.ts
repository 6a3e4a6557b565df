/** Offers a downloaded file to the person (a link click on an object URL). */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = /^[A-Za-z0-9_.-]{1,120}$/.test(fileName) ? fileName : 'lantern-transfer-pack';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The file's bytes as base64, read here because the renderer has no file system: how importDocument takes a file. */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/u, ''));
    reader.onerror = () => reject(new Error(`“${file.name}” could not be read: ${reader.error?.message ?? 'the browser refused it'}.`));
    reader.readAsDataURL(file);
  });
}

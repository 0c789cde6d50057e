/** A quick fingerprint of a document's bytes (FNV-1a, with the length): the same bytes, the same print. */
export function fingerprint(bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    hash ^= bytes[i];
    hash = Math.imul(hash, 0x01000193);
  }
  return `${bytes.length.toString(36)}-${(hash >>> 0).toString(36)}`;
}

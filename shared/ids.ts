const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const ID_LENGTH = 16;
// The largest multiple of the alphabet's size below 256: bytes above it are skipped so every letter is equally likely.
const UNBIASED_LIMIT = 256 - (256 % ALPHABET.length);

/**
 * A new random id of 16 letters and digits, usable in Node and in the browser. Only letters and digits, so an
 * id never starts with "-" and is never taken for an option when typed on the command line.
 */
export function newId(): string {
  let id = '';
  while (id.length < ID_LENGTH) {
    const bytes = new Uint8Array(ID_LENGTH * 2);
    globalThis.crypto.getRandomValues(bytes);
    for (const byte of bytes) {
      if (byte < UNBIASED_LIMIT && id.length < ID_LENGTH) id += ALPHABET[byte % ALPHABET.length];
    }
  }
  return id;
}

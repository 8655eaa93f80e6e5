/**
 * Stable ids for imported annotations. Crux's ids are UUIDs; an annotation from another tool has its own id
 * (`https://hypothes.is/a/…`, a short string) or none. Importing it must give the same Crux id every time, so that
 * importing the same file again merges instead of duplicating: a name-based UUID (version 5, RFC 9562 §5.5:
 * SHA-1 of a namespace and a name) does that without storing a table of foreign ids.
 *
 * SHA-1 is written out here (FIPS 180-4 §6.1) because Web Crypto's digest is asynchronous and the parser is a
 * synchronous pure function; SHA-1's weakness against chosen collisions does not matter for naming.
 */

/** A UUID in its canonical form (lower-case hex, hyphens). Any version; Crux's own are version 4. */
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a string is a UUID (case-insensitive). */
export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

/**
 * The namespace of Crux's name-based ids: itself a version 5 UUID, of the name "crux-annotation-import" in the
 * URL namespace of RFC 9562. Changing it would give every imported foreign annotation a new id.
 */
export const IMPORT_NAMESPACE = 'ee24d7e2-e78d-5cd2-8a24-25b0f0340480';

/** SHA-1 of some bytes (FIPS 180-4). @returns the 20-byte digest */
export function sha1(bytes: Uint8Array): Uint8Array {
  const bitLength = bytes.length * 8;
  const padded = new Uint8Array(Math.ceil((bytes.length + 9) / 64) * 64);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bitLength / 2 ** 32));
  view.setUint32(padded.length - 4, bitLength >>> 0);
  let [h0, h1, h2, h3, h4] = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const w = new Uint32Array(80);
  for (let block = 0; block < padded.length; block += 64) {
    for (let t = 0; t < 16; t++) w[t] = view.getUint32(block + t * 4);
    for (let t = 16; t < 80; t++) {
      const x = w[t - 3]! ^ w[t - 8]! ^ w[t - 14]! ^ w[t - 16]!;
      w[t] = (x << 1) | (x >>> 31);
    }
    let [a, b, c, d, e] = [h0, h1, h2, h3, h4];
    for (let t = 0; t < 80; t++) {
      const [f, k] =
        t < 20
          ? [(b & c) | (~b & d), 0x5a827999]
          : t < 40
            ? [b ^ c ^ d, 0x6ed9eba1]
            : t < 60
              ? [(b & c) | (b & d) | (c & d), 0x8f1bbcdc]
              : [b ^ c ^ d, 0xca62c1d6];
      const temp = (((a << 5) | (a >>> 27)) + f + e + k + w[t]!) >>> 0;
      e = d;
      d = c;
      c = ((b << 30) | (b >>> 2)) >>> 0;
      b = a;
      a = temp;
    }
    h0 = (h0 + a) >>> 0;
    h1 = (h1 + b) >>> 0;
    h2 = (h2 + c) >>> 0;
    h3 = (h3 + d) >>> 0;
    h4 = (h4 + e) >>> 0;
  }
  const digest = new Uint8Array(20);
  const out = new DataView(digest.buffer);
  [h0, h1, h2, h3, h4].forEach((h, i) => out.setUint32(i * 4, h));
  return digest;
}

/** The 16 bytes of a UUID. */
function uuidBytes(uuid: string): Uint8Array {
  const hex = uuid.replace(/-/g, '');
  return Uint8Array.from({ length: 16 }, (_, i) => parseInt(hex.slice(i * 2, i * 2 + 2), 16));
}

/**
 * The version 5 UUID of a name in a namespace (RFC 9562 §5.5): the same name always gives the same id.
 * @param name any text (hashed as UTF-8)
 * @param namespace a UUID (default: Crux's import namespace)
 */
export function nameBasedUuid(name: string, namespace: string = IMPORT_NAMESPACE): string {
  const nameBytes = new TextEncoder().encode(name);
  const input = new Uint8Array(16 + nameBytes.length);
  input.set(uuidBytes(namespace));
  input.set(nameBytes, 16);
  const bytes = sha1(input).slice(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 9562 variant
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

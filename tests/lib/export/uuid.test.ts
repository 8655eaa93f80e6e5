/** Name-based UUIDs for annotations from other tools: the same foreign id always gives the same Crux id. */
import { describe, expect, it } from 'vitest';
import { IMPORT_NAMESPACE, isUuid, nameBasedUuid, sha1 } from '@/lib/export/uuid';

/** RFC 9562's DNS namespace. */
const DNS_NAMESPACE = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
/** RFC 9562's URL namespace. */
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/** Bytes as lower-case hex. */
const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

describe('name-based ids', () => {
  it('computes SHA-1 as FIPS 180-4 does (its test vectors, including one past a block)', () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    expect(hex(sha1(encode('')))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    expect(hex(sha1(encode('abc')))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hex(sha1(encode('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe(
      '84983e441c3bd26ebaae4aa1f95129e5e54670f1',
    );
    expect(hex(sha1(encode('a'.repeat(1000))))).toBe('291e9a6c66994949b57ba5e650361e98fc36b1ba');
  });

  it('gives the version 5 UUIDs other implementations give', () => {
    expect(nameBasedUuid('www.example.com', DNS_NAMESPACE)).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(nameBasedUuid('crux-annotation-import', URL_NAMESPACE)).toBe(IMPORT_NAMESPACE);
  });

  it('gives the same id for the same name and different ids for different names', () => {
    const id = nameBasedUuid('https://hypothes.is/a/Zx1AbC2dEeF3gH4iJ5kL6');
    expect(isUuid(id)).toBe(true);
    expect(nameBasedUuid('https://hypothes.is/a/Zx1AbC2dEeF3gH4iJ5kL6')).toBe(id);
    expect(nameBasedUuid('https://hypothes.is/a/Zx1AbC2dEeF3gH4iJ5kL7')).not.toBe(id);
  });
});

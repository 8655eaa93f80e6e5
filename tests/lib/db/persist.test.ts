/** Asking for persistent storage. */
import { describe, expect, it } from 'vitest';
import { estimateStorage, requestPersistentStorage } from '@/lib/db/persist';

describe('requestPersistentStorage', () => {
  it('asks when not yet persisted and reports the answer', async () => {
    let asked = 0;
    const storage = {
      persisted: async () => false,
      persist: async () => {
        asked++;
        return true;
      },
    };
    expect(await requestPersistentStorage(storage)).toBe('persisted');
    expect(asked).toBe(1);
    expect(await requestPersistentStorage({ persisted: async () => false, persist: async () => false })).toBe(
      'not-persisted',
    );
  });

  it('does not ask again once persisted', async () => {
    let asked = 0;
    expect(
      await requestPersistentStorage({
        persisted: async () => true,
        persist: async () => {
          asked++;
          return true;
        },
      }),
    ).toBe('persisted');
    expect(asked).toBe(0);
  });

  it('reports unsupported where there is no StorageManager or asking fails', async () => {
    expect(await requestPersistentStorage(undefined)).toBe('unsupported');
    expect(
      await requestPersistentStorage({ persisted: async () => false, persist: () => Promise.reject(new Error('no')) }),
    ).toBe('unsupported');
  });
});

describe('estimateStorage', () => {
  it('returns usage and quota, or null when unavailable', async () => {
    expect(await estimateStorage({ estimate: async () => ({ usage: 10, quota: 100 }) })).toEqual({
      usage: 10,
      quota: 100,
    });
    expect(await estimateStorage(undefined)).toBeNull();
  });
});

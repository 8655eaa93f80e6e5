/** A simulated full disk for storage tests: Dexie middleware whose chosen writes fail with a `QuotaExceededError`. */
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';

/**
 * Dexie middleware that fails the writes to `table` that `fails` picks, as a full disk does (a `QuotaExceededError`
 * DOMException), after the earlier writes of the same transaction succeeded. Add it before the database opens.
 */
export function failWrites(table: string, fails: (request: DBCoreMutateRequest) => boolean): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'fail-writes',
    create: (down) => ({
      ...down,
      table: (name) => {
        const inner = down.table(name);
        return {
          ...inner,
          mutate: (request) =>
            name === table && fails(request)
              ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
              : inner.mutate(request),
        };
      },
    }),
  };
}

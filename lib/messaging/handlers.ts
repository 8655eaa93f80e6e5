/**
 * The one shape of a receiver's handlers: a map with one function per message of its protocol, which the compiler
 * checks is complete, registered in a loop (no chain of `if (type === …)`). `tests/lib/messaging/handlers.test.ts`
 * also checks at run time that every message of every map in `protocol.ts` has a handler.
 */
import type { GetDataType, GetReturnType, MaybePromise } from '@webext-core/messaging';

/** A handler per message of protocol `P`: takes the message's data, answers its reply (or a promise of it). */
export type Handlers<P> = {
  [K in keyof P]: (data: GetDataType<P[K]>) => MaybePromise<GetReturnType<P[K]>>;
};

/** Registers one handler with the messaging library (a messenger's `onMessage`, or a fake in tests). */
export type OnMessage<P> = <K extends keyof P>(
  type: K,
  handler: (message: { data: GetDataType<P[K]> }) => MaybePromise<GetReturnType<P[K]>>,
) => () => void;

/**
 * Registers every handler of a map.
 * @returns a function that removes them all
 */
export function registerHandlers<P>(onMessage: OnMessage<P>, handlers: Handlers<P>): () => void {
  const register = <K extends keyof P>(type: K): (() => void) => onMessage(type, ({ data }) => handlers[type](data));
  const removers = (Object.keys(handlers) as (keyof P)[]).map(register);
  return () => {
    for (const remove of removers) remove();
  };
}

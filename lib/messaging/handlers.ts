/**
 * The one shape of a receiver's handlers: a map with one function per message of its protocol, which the compiler
 * checks is complete, registered in a loop (no chain of `if (type === …)`). `tests/lib/messaging/handlers.test.ts`
 * also checks at run time that every message of every map in `protocol.ts` has a handler. A receiver that must know
 * who sent a message (the background) wraps its map in {@link guardHandlers}, which refuses every message whose
 * sender its rule does not allow before the handler runs.
 */
import type { GetDataType, GetReturnType, MaybePromise } from '@webext-core/messaging';
import { refusalOf, type RawSender, type Sender, type SenderRules } from './senders';

/**
 * A handler per message of protocol `P`: takes the message's data and its sender (`S`: the {@link Sender} a guard
 * identified; unknown where the receiver does not look; absent when a test calls the handler itself), answers its
 * reply (or a promise of it).
 */
export type Handlers<P, S = unknown> = {
  [K in keyof P]: (data: GetDataType<P[K]>, sender?: S) => MaybePromise<GetReturnType<P[K]>>;
};

/** Registers one handler with the messaging library (a messenger's `onMessage`, or a fake in tests). */
export type OnMessage<P> = <K extends keyof P>(
  type: K,
  handler: (message: { data: GetDataType<P[K]>; sender?: RawSender }) => MaybePromise<GetReturnType<P[K]>>,
) => () => void;

/**
 * Registers every handler of a map.
 * @returns a function that removes them all
 */
export function registerHandlers<P>(onMessage: OnMessage<P>, handlers: Handlers<P>): () => void {
  const register = <K extends keyof P>(type: K): (() => void) =>
    onMessage(type, ({ data, sender }) => handlers[type](data, sender));
  const removers = (Object.keys(handlers) as (keyof P)[]).map(register);
  return () => {
    for (const remove of removers) remove();
  };
}

/** The error a refused message is answered with (the sender's `sendMessage` rejects with it). */
export class SenderRefused extends Error {
  constructor(type: string, who: string) {
    super(`Crux refused ${type} from ${who}`);
    this.name = 'SenderRefused';
  }
}

/**
 * Checks every message against its sender before its handler runs: the sender is identified (`identify`), then
 * its message's rule decides. A refused message never reaches its handler; it is answered with a
 * {@link SenderRefused} error.
 * @param identify who sent a message (`identifySender` with Crux's id), null for a sender that is none of Crux's
 * @returns handlers that take the browser's sender, ready for {@link registerHandlers}
 */
export function guardHandlers<P>(
  handlers: Handlers<P, Sender>,
  rules: SenderRules<P>,
  identify: (raw: RawSender) => Sender | null,
): Handlers<P> {
  const guard = <K extends keyof P>(type: K): Handlers<P>[K] => {
    const handler = handlers[type];
    const rule = rules[type];
    return (data, raw) => {
      const sender = raw ? identify(raw as RawSender) : null;
      const refusal = refusalOf(rule, sender, data);
      if (refusal !== null || !sender) throw new SenderRefused(String(type), refusal ?? 'an unknown sender');
      return handler(data, sender);
    };
  };
  const guarded = {} as Handlers<P>;
  for (const type of Object.keys(handlers) as (keyof P)[]) guarded[type] = guard(type);
  return guarded;
}

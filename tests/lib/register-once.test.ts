import { describe, expect, it } from 'vitest';
import { registerOnce } from '@/lib/register-once';

/** A fake set of handlers: records whether it is still registered. */
function makeRun(log: string[], name: string) {
  return () => {
    log.push(`register ${name}`);
    return () => void log.push(`remove ${name}`);
  };
}

describe('registerOnce', () => {
  it('removes the previous run of the same script before registering the new one', () => {
    const key = Symbol('test.same');
    const log: string[] = [];
    registerOnce(key, makeRun(log, 'first'));
    registerOnce(key, makeRun(log, 'second'));
    expect(log).toEqual(['register first', 'remove first', 'register second']);
  });

  it('leaves another script’s handlers alone', () => {
    const log: string[] = [];
    registerOnce(Symbol('test.content'), makeRun(log, 'content'));
    registerOnce(Symbol('test.analysis'), makeRun(log, 'analysis'));
    expect(log).toEqual(['register content', 'register analysis']);
  });

  it('forgets the key when a run removes itself, so the next run removes nothing', () => {
    const key = Symbol('test.forget');
    const log: string[] = [];
    const remove = registerOnce(key, makeRun(log, 'first'));
    remove();
    expect(key in globalThis).toBe(false);
    registerOnce(key, makeRun(log, 'second'));
    expect(log).toEqual(['register first', 'remove first', 'register second']);
  });

  it('does not forget a later run when an older run removes itself late', () => {
    const key = Symbol('test.late');
    const log: string[] = [];
    const removeFirst = registerOnce(key, makeRun(log, 'first'));
    registerOnce(key, makeRun(log, 'second'));
    removeFirst(); // e.g. the older run's context invalidated after the new run started
    expect(key in globalThis).toBe(true);
  });
});

// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchHeldKeys } from './keys-released';

const key = (type: 'keydown' | 'keyup', k: string, code = k) => window.dispatchEvent(new KeyboardEvent(type, { key: k, code }));

describe('watchHeldKeys', () => {
  afterEach(() => vi.useRealTimers());

  it('runs at once when no key is down, else after the last key-up', () => {
    const keys = watchHeldKeys(window);
    const log: string[] = [];
    keys.afterRelease(() => log.push('click'));
    expect(log).toEqual(['click']);
    key('keydown', 'Control', 'ControlLeft');
    key('keydown', 'Enter');
    keys.afterRelease(() => log.push('save'));
    key('keyup', 'Enter');
    expect(log).toEqual(['click']);
    key('keyup', 'Control', 'ControlLeft');
    expect(log).toEqual(['click', 'save']);
    keys.dispose();
  });

  it('releasing Cmd releases everything (macOS sends no other key-up); a lost key-up times out', () => {
    vi.useFakeTimers();
    const keys = watchHeldKeys(window, 500);
    const log: string[] = [];
    key('keydown', 'Meta', 'MetaLeft');
    key('keydown', 'Enter');
    keys.afterRelease(() => log.push('save'));
    key('keyup', 'Meta', 'MetaLeft');
    expect(log).toEqual(['save']);
    key('keydown', 'Escape');
    keys.afterRelease(() => log.push('cancel'));
    vi.advanceTimersByTime(499);
    expect(log).toEqual(['save']);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['save', 'cancel']);
    keys.dispose();
  });
});

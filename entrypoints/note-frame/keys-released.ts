// Wait for the keys of a shortcut to be released before acting on it. Ctrl+Enter saves and Esc
// cancels, and either closes this frame: acted on at keydown, the frame would be gone before the
// key-ups, and those would land in the page (which would learn that a note was just saved).

export interface HeldKeys {
  /** Run `fn` once no key is held down in this frame (at once if none is), or after `maxWaitMs`. */
  afterRelease(fn: () => void): void;
  dispose(): void;
}

export function watchHeldKeys(win: Window, maxWaitMs = 1000): HeldKeys {
  const held = new Set<string>();
  let waiting: (() => void)[] = [];
  let timer: number | undefined;
  const flush = () => {
    win.clearTimeout(timer);
    timer = undefined;
    const fns = waiting;
    waiting = [];
    fns.forEach((fn) => fn());
  };
  const down = (e: KeyboardEvent) => {
    held.add(e.code || e.key);
  };
  const up = (e: KeyboardEvent) => {
    // macOS sends no key-up for keys pressed while Cmd is down: releasing Cmd releases them all.
    if (e.key === 'Meta') held.clear();
    else held.delete(e.code || e.key);
    if (!held.size && waiting.length) flush();
  };
  const blur = () => {
    held.clear();
    if (waiting.length) flush();
  };
  win.addEventListener('keydown', down, true);
  win.addEventListener('keyup', up, true);
  win.addEventListener('blur', blur);
  return {
    afterRelease(fn) {
      if (!held.size) return fn();
      waiting.push(fn);
      timer ??= win.setTimeout(flush, maxWaitMs);
    },
    dispose() {
      win.removeEventListener('keydown', down, true);
      win.removeEventListener('keyup', up, true);
      win.removeEventListener('blur', blur);
      win.clearTimeout(timer);
    },
  };
}

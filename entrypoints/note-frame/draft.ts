// Report the draft as the reader types, at most every `waitMs`: the first change at once (so the
// page side knows words exist before an outside click), then the latest one after each pause.

export interface DraftReporter {
  report(text: string): void;
  /** Drop anything pending (the text is being saved or cancelled). */
  cancel(): void;
}

export interface Clock {
  set(fn: () => void, ms: number): number;
  clear(id: number): void;
}

const realClock: Clock = { set: (fn, ms) => window.setTimeout(fn, ms), clear: (id) => window.clearTimeout(id) };

export function draftReporter(send: (text: string) => void, waitMs = 300, clock: Clock = realClock): DraftReporter {
  let timer: number | null = null;
  let pending: string | null = null;
  const tick = () => {
    timer = null;
    if (pending === null) return;
    const text = pending;
    pending = null;
    send(text);
    timer = clock.set(tick, waitMs);
  };
  return {
    report(text) {
      if (timer === null) {
        send(text);
        timer = clock.set(tick, waitMs);
      } else pending = text;
    },
    cancel() {
      if (timer !== null) clock.clear(timer);
      timer = null;
      pending = null;
    },
  };
}

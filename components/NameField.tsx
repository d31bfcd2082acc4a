// A person's name with suggestions: the ARIA 1.2 combobox pattern (a text box that controls a
// listbox). Typing filters the suggestions; Down/Up move through them (Alt+Down opens them); Enter
// saves the highlighted suggestion or the typed text; Esc closes the list, or cancels when it is
// closed; Tab leaves. Empty text saves "no one identified" (null). Used by the in-page card, the
// popup and the Library to correct who said or disputes something.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';

export interface NameFieldProps {
  /** The visible label, and the text box's accessible name ("Speaker", "Disputed by"). */
  label: string;
  value: string | null;
  /** Names to offer (the article's and the reader's), most useful first. */
  suggestions: readonly string[];
  onSave: (name: string | null) => void;
  onCancel: () => void;
  /** Unique within the page: the ids of the list and its options derive from it. */
  id: string;
  busy?: boolean;
  autoFocus?: boolean;
}

const MAX_SHOWN = 8;

/** Case, accents and spacing ignored. */
export const foldName = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** Suggestions for the typed text: names starting with it first, then names containing it. */
export function matchNames(suggestions: readonly string[], typed: string, max = MAX_SHOWN): string[] {
  const q = foldName(typed);
  const seen = new Set<string>();
  const starts: string[] = [];
  const contains: string[] = [];
  for (const name of suggestions) {
    const f = foldName(name);
    if (!f || seen.has(f)) continue;
    seen.add(f);
    if (!q || f.startsWith(q) || f.split(' ').some((w) => w.startsWith(q))) starts.push(name);
    else if (f.includes(q)) contains.push(name);
  }
  return [...starts, ...contains].filter((n) => foldName(n) !== q || !q).slice(0, max);
}

export function NameField({ label, value, suggestions, onSave, onCancel, id, busy, autoFocus = true }: NameFieldProps) {
  const [text, setText] = useState(value ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const shown = useMemo(() => matchNames(suggestions, text), [suggestions, text]);
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;
  const expanded = open && shown.length > 0;

  // Focused with the current name selected: typing replaces it, arrows keep it.
  useLayoutEffect(() => {
    if (!autoFocus) return;
    input.current?.focus();
    input.current?.select();
  }, [autoFocus]);
  useEffect(() => {
    if (active >= shown.length) setActive(shown.length - 1);
  }, [shown.length, active]);

  const save = (name: string) => {
    setOpen(false);
    const clean = name.replace(/\s+/g, ' ').trim();
    onSave(clean || null);
  };
  const move = (by: number) => {
    if (!shown.length) return;
    setOpen(true);
    setActive((a) => (a < 0 ? (by > 0 ? 0 : shown.length - 1) : (a + by + shown.length) % shown.length));
  };

  return (
    <div class="cl-namefield">
      <label class="cl-namefield__label" for={`${id}-input`}>
        {label}
      </label>
      <div class="cl-namefield__row">
        <div class="cl-namefield__box">
          <input
            ref={input}
            id={`${id}-input`}
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
            autoComplete="off"
            spellcheck={false}
            value={text}
            disabled={busy}
            placeholder="No one identified"
            onInput={(e) => {
              setText(e.currentTarget.value);
              setActive(-1);
              setOpen(true);
            }}
            onBlur={() => setOpen(false)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown') {
                e.preventDefault();
                if (e.altKey) setOpen(true);
                else move(1);
              } else if (e.key === 'ArrowUp') {
                e.preventDefault();
                move(-1);
              } else if (e.key === 'Enter') {
                e.preventDefault();
                e.stopPropagation();
                save(expanded && active >= 0 ? shown[active]! : text);
              } else if (e.key === 'Escape') {
                // Handled here: the card or dialog around must not close as well.
                e.preventDefault();
                e.stopPropagation();
                if (expanded) {
                  setOpen(false);
                  setActive(-1);
                } else onCancel();
              } else if (e.key === 'Tab') setOpen(false);
            }}
          />
          <ul id={listId} role="listbox" aria-label={`Suggested names for ${label}`} class="cl-namefield__list" hidden={!expanded}>
            {shown.map((name, i) => (
              <li
                key={name}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                class={`cl-namefield__option${i === active ? ' cl-namefield__option--active' : ''}`}
                // Keep focus in the text box; the click chooses.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => save(name)}
              >
                {name}
              </li>
            ))}
          </ul>
        </div>
        <button type="button" class="cl-button cl-button--primary" disabled={busy} onClick={() => save(text)}>
          Save
        </button>
        <button type="button" class="cl-button" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

// The page's items by kind: quotes under their speakers, then disputed, claims, highlights. Each
// section can be folded (a button in its heading); a long page starts folded, so the page note and
// the export stay within reach, and the filter box opens the sections with matches.
import type { Alias, Kind } from '@/lib/model';
import type { PageSummaryItem } from '@/lib/messaging/contract';
import { ItemCard } from '@/components/ItemCard';
import { KIND_PLURAL } from '@/components/kinds';
import type { NameField } from '@/components/names';
import { groupItems } from './group-items';
import type { ComponentChildren } from 'preact';

export interface ItemSectionsProps {
  items: readonly PageSummaryItem[];
  keyFor: (id: string) => string;
  onReveal: (id: string) => void;
  saveNote: (key: string, saved: boolean) => (note: string) => Promise<void>;
  onDelete: (id: string) => void;
  onDismiss?: (item: PageSummaryItem) => void;
  saveName?: (key: string) => (field: NameField, name: string | null) => Promise<void>;
  onAlias?: (from: string, to: string) => Promise<void>;
  aliases?: readonly Alias[];
  names?: readonly string[];
  /** Which sections are open. */
  open: (kind: Kind) => boolean;
  onToggle: (kind: Kind, open: boolean) => void;
  /** The filter box's text, when it narrows the list (for the empty message). */
  filtered?: boolean;
  /** Anything more to show on an item (fact-check memory: ./PopupFactCheck.tsx). */
  more?: (item: PageSummaryItem) => ComponentChildren;
}

export function ItemSections({ items, keyFor, onReveal, saveNote, onDelete, onDismiss, saveName, onAlias, aliases, names, open, onToggle, filtered, more }: ItemSectionsProps) {
  const sections = groupItems(items);
  if (!sections.length) {
    return (
      <p class="popup__empty">
        {filtered ? 'Nothing on this page matches the filter.' : 'Nothing highlighted on this page yet. Select words on the page to highlight them.'}
      </p>
    );
  }
  return (
    <>
      {sections.map((s) => {
        const isOpen = open(s.kind);
        const bodyId = `sec-body-${s.kind}`;
        return (
          <section class="popup__section" key={s.kind} aria-labelledby={`sec-${s.kind}`}>
            <h2 id={`sec-${s.kind}`}>
              <button type="button" class="popup__fold" aria-expanded={isOpen} aria-controls={bodyId} onClick={() => onToggle(s.kind, !isOpen)}>
                <span class="popup__chevron" aria-hidden="true" />
                {KIND_PLURAL[s.kind]} <span class="popup__count">{s.count}</span>
              </button>
            </h2>
            <div id={bodyId} hidden={!isOpen}>
              {isOpen &&
                s.groups.map((g) => (
                  <div class="popup__group" key={g.heading ?? s.kind}>
                    {g.heading && <h3 class="popup__speaker">{g.heading}</h3>}
                    <ul class="popup__items">
                      {g.items.map((item) => {
                        const key = keyFor(item.id);
                        return (
                          <li key={key} data-item-key={key}>
                            <ItemCard
                              item={item}
                              showKind={false}
                              onReveal={onReveal}
                              saveNote={saveNote(key, item.saved)}
                              onDelete={item.saved ? () => onDelete(item.id) : undefined}
                              onDismiss={item.source === 'auto' && onDismiss ? () => onDismiss(item) : undefined}
                              onSaveName={saveName?.(key)}
                              onAlias={onAlias}
                              aliases={aliases}
                              names={names}
                            >
                              {more?.(item)}
                            </ItemCard>
                          </li>
                        );
                      })}
                    </ul>
                  </div>
                ))}
            </div>
          </section>
        );
      })}
    </>
  );
}

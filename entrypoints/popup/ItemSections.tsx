// The page's items by kind: quotes under their speakers, then disputed, claims, highlights.
import type { PageSummaryItem } from '@/lib/messaging/contract';
import { ItemCard } from '@/components/ItemCard';
import { KIND_PLURAL } from '@/components/kinds';
import { groupItems } from './group-items';
import type { ComponentChildren } from 'preact';

export interface ItemSectionsProps {
  items: readonly PageSummaryItem[];
  keyFor: (id: string) => string;
  onReveal: (id: string) => void;
  saveNote: (key: string, saved: boolean) => (note: string) => Promise<void>;
  onDelete: (id: string) => void;
  /** Anything more to show on an item (fact-check memory: ./PopupFactCheck.tsx). */
  more?: (item: PageSummaryItem) => ComponentChildren;
}

export function ItemSections({ items, keyFor, onReveal, saveNote, onDelete, more }: ItemSectionsProps) {
  const sections = groupItems(items);
  if (!sections.length) return <p class="popup__empty">Nothing highlighted on this page yet. Select words on the page to highlight them.</p>;
  return (
    <>
      {sections.map((s) => (
        <section class="popup__section" key={s.kind} aria-labelledby={`sec-${s.kind}`}>
          <h2 id={`sec-${s.kind}`}>
            {KIND_PLURAL[s.kind]} <span class="popup__count">{s.count}</span>
          </h2>
          {s.groups.map((g) => (
            <div class="popup__group" key={g.heading ?? s.kind}>
              {g.heading && <h3 class="popup__speaker">{g.heading}</h3>}
              <ul class="popup__items">
                {g.items.map((item) => {
                  const key = keyFor(item.id);
                  return (
                    <li key={key}>
                      <ItemCard
                        item={item}
                        showKind={false}
                        onReveal={onReveal}
                        saveNote={saveNote(key, item.saved)}
                        onDelete={item.saved ? () => onDelete(item.id) : undefined}
                      >
                        {more?.(item)}
                      </ItemCard>
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </>
  );
}

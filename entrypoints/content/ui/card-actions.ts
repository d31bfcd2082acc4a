// What the annotation card's controls do: write or edit the note (in a note frame), change the
// kind, correct who said or disputes it (and add the alias offered after), dismiss, delete (with
// an undo toast) and copy. Saving goes through the page session; the buttons that lose data or
// change every later page act only on a card the reader could see (ControllerDeps.cardSeen).
import type { Annotation, Kind } from '@/lib/model';
import type { AnnotationPatch } from '@/lib/messaging/contract';
import { attributionText } from '@/components/inpage/attribution';
import { KIND_LABEL } from '@/components/kinds';
import { aliasOffer, NAME_LABEL, type NameField } from '@/components/names';
import * as rules from './card-state';
import type { CardState } from './card-state';
import { resyncCard } from './follow-layout';
import { errorText, STILL_SAVING, type UiContext } from './in-page-state';
import type { UndoToast } from './undo-toast';

const GONE = 'That annotation is no longer on the page.';
const NOT_SEEN = 'Nothing was changed: this card was not fully visible. Make sure nothing covers it, then try again.';
const NO_CLIPBOARD = 'Could not copy: the page blocked the clipboard.';

export class CardActions {
  constructor(
    private readonly ui: UiContext,
    private readonly toast: UndoToast,
  ) {}

  /** Open (true) or leave the note editor; leaving puts focus back in the card. */
  editNote(open: boolean): void {
    const ui = this.ui;
    const c = ui.card;
    if (!c || (open && c.editing)) return;
    rules.editingNote(c, open, open ? ui.notes.start(ui.itemById(c.id)?.note ?? '', false) : null);
    if (open) ui.deps.raise?.();
    ui.commit();
    if (!open) ui.deps.focusIn('card');
  }

  /** What the reader typed so far in the note frame. */
  draft(note: string): void {
    if (this.ui.card) this.ui.card.draft = note;
  }

  async saveNote(note: string): Promise<void> {
    const c = this.ui.card;
    if (c?.editing) c.draft = note;
    if (c && this.ui.busy) {
      c.message = STILL_SAVING;
      this.ui.commit();
      return;
    }
    await this.save({ note }, () => 'Note saved.', rules.noteSaved);
    this.ui.deps.focusIn('card');
  }

  async changeKind(kind: Kind): Promise<void> {
    await this.save({ kind }, () => `Marked as ${KIND_LABEL[kind]}.`);
  }

  /** Open (a field) or close (null) the correction of who said or disputes the card's finding. */
  editName(field: NameField | null): void {
    const c = this.ui.card;
    if (!c || !rules.namingField(c, field)) return;
    this.ui.commit();
    if (!field) this.ui.deps.focusIn('name');
  }

  /** Save the reader's name (null: no one identified): the marks, the popup and the Library follow. */
  async saveName(field: NameField, name: string | null): Promise<void> {
    await this.save({ [field]: name }, () => `${NAME_LABEL[field]} saved.`, (c, saved) => rules.nameSaved(c, aliasOffer(saved, field)));
    this.ui.deps.focusIn('name');
  }

  /** "Always read <from> as <to>" from the offer after a correction. */
  async addAlias(): Promise<void> {
    const { deps } = this.ui;
    const c = this.ui.card;
    const offer = c?.aliasOffer;
    if (!c || !offer || !deps.addAlias) return;
    try {
      // It changes every later page: like Delete, it acts only on a card the reader could see.
      if (!(await this.wasSeen(c))) return this.ui.commit();
      await deps.addAlias(offer.from, offer.to);
      this.say(c, `From now on Claimlight reads “${offer.from}” as ${offer.to}.`);
      c.aliasOffer = null;
    } catch (e) {
      this.say(c, errorText(e));
    }
    this.ui.commit();
  }

  async dismiss(): Promise<void> {
    const ui = this.ui;
    const c = ui.card;
    if (!c || ui.busy) return;
    const item = ui.itemById(c.id);
    if (!item) return;
    const hadFocus = ui.focus.inUi();
    ui.busy = true;
    ui.commit();
    try {
      if (!(await this.wasSeen(c))) return;
      const saved = await ui.deps.session().keep(c.id, { dismissed: true });
      if (!saved) throw new Error(GONE);
      const before = item.annotation;
      ui.card = null;
      this.toast.offer(c.anchor, 'Dismissed.', async () => {
        // A saved record goes back as it was; a finding dismissed for the first time is forgotten again.
        if (before) await ui.deps.session().restore([before]);
        else await ui.deps.session().remove(saved.id);
      }, hadFocus);
    } catch (e) {
      if (ui.card === c) c.message = errorText(e);
    } finally {
      ui.busy = false;
      ui.commit();
    }
  }

  async remove(): Promise<void> {
    const ui = this.ui;
    const c = ui.card;
    if (!c || ui.busy) return;
    const hadFocus = ui.focus.inUi();
    ui.busy = true;
    ui.commit();
    try {
      if (!(await this.wasSeen(c))) return;
      const deleted = await ui.deps.session().remove(c.id);
      ui.card = null;
      this.toast.offer(c.anchor, deleted.length === 1 ? 'Annotation deleted.' : `${deleted.length} annotations deleted.`, () =>
        ui.deps.session().restore(deleted), hadFocus);
    } catch (e) {
      if (ui.card === c) c.message = errorText(e);
    } finally {
      ui.busy = false;
      ui.commit();
    }
  }

  /** Copy the card's words with their attribution. Calls the clipboard synchronously (user activation). */
  copy(): Promise<void> {
    const { deps } = this.ui;
    const c = this.ui.card;
    const item = c ? this.ui.itemById(c.id) : null;
    if (!c || !item) return Promise.resolve();
    const pending = deps.copy(attributionText(item, deps.page()));
    return pending.then(
      (ok) => this.say(c, ok ? 'Copied with attribution.' : NO_CLIPBOARD),
      () => this.say(c, NO_CLIPBOARD),
    );
  }

  /** Keep an auto-finding or update a saved one; the card follows the (possibly new) id. */
  private async save(patch: AnnotationPatch, done: () => string, after?: (c: CardState, saved: Annotation) => void): Promise<void> {
    const ui = this.ui;
    const c = ui.card;
    if (!c || ui.busy) return;
    ui.busy = true;
    ui.commit();
    try {
      const saved = await ui.deps.session().keep(c.id, patch);
      if (ui.card === c) {
        if (saved) {
          c.id = saved.id;
          c.message = done();
          after?.(c, saved);
        } else c.message = GONE;
      }
    } catch (e) {
      if (ui.card === c) c.message = errorText(e);
    } finally {
      ui.busy = false;
      resyncCard(ui);
      ui.commit();
    }
  }

  /** Whether the card was seen (not covered by the page) when the reader clicked; if not, it says so. */
  private async wasSeen(c: CardState): Promise<boolean> {
    if (await this.ui.deps.cardSeen()) return true;
    if (this.ui.card === c) c.message = NOT_SEEN;
    return false;
  }

  /** Show a message in the card, if it is still the card open. */
  private say(c: CardState, message: string): void {
    if (this.ui.card !== c) return;
    c.message = message;
    this.ui.commit();
  }
}

// What the in-page UI shows for a state (the props of components/inpage/InPageView), and which of
// the controller's actions each control calls. No decisions and no effects: the controller decides
// (toolbar-state.ts, card-state.ts) and commits; this only describes.
import type { InPageViewProps } from '@/components/inpage/InPageView';
import type { NoteFrameProps } from '@/components/inpage/NoteFrame';
import type { Kind } from '@/lib/model';
import type { SelectionAction } from '@/lib/messaging/contract';
import { namesFrom, type NameField } from '@/components/names';
import type { Theme } from '@/components/theme-mode';
import type { PageItem } from '../items';
import type { CardState } from './card-state';
import { relatedTo } from './marks';
import { noteBadges } from './note-badges';
import { VIEW_LABEL } from './note-sessions';
import type { ToolbarState } from './toolbar-state';
import type { ToastState } from './undo-toast';

/** The state a view is made of. */
export interface ViewState {
  doc: Document;
  theme: Theme;
  items: readonly PageItem[];
  toolbar: ToolbarState | null;
  card: CardState | null;
  /** The card's item (null: the card shows nothing). */
  cardItem: PageItem | null;
  toast: ToastState | null;
  busy: boolean;
  /** Whether the card offers "always read … as …" (the reader's aliases can be added here). */
  aliases: boolean;
  /** A note frame's URL, in the page's theme. */
  frameSrc(session: string, theme: Theme): string;
}

/** What the controls do (the controller's actions). */
export interface ViewActions {
  toolbarAction(action: SelectionAction): Promise<void>;
  cancelToolbar(): void;
  editNote(open: boolean): void;
  editName(field: NameField | null): void;
  saveName(field: NameField, name: string | null): Promise<void>;
  addAlias(): Promise<void>;
  changeKind(kind: Kind): Promise<void>;
  dismiss(): Promise<void>;
  remove(): Promise<void>;
  copy(): Promise<void>;
  closeCard(returnFocus: boolean): void;
  showRelated(id: string): void;
  cardPointer(inside: boolean): void;
  undo(): Promise<void>;
  closeToast(): void;
  reopenEditor(session: string): void;
}

const FRAME_TITLE = { toolbar: 'Claimlight: write a note', card: 'Claimlight: edit the note', view: VIEW_LABEL } as const;

function frameFor(session: string | null, where: keyof typeof FRAME_TITLE, s: ViewState, act: ViewActions): NoteFrameProps | null {
  if (!session) return null;
  return {
    session,
    src: s.frameSrc(session, s.theme),
    title: FRAME_TITLE[where],
    view: where === 'view',
    onReload: () => act.reopenEditor(session),
  };
}

export function inPageView(s: ViewState, act: ViewActions): InPageViewProps {
  const { toolbar: t, card: c, cardItem: item, toast, theme } = s;
  return {
    theme,
    noteBadges: noteBadges(s.doc, s.items),
    toolbar: t
      ? {
          anchor: t.anchor,
          mode: t.mode,
          busy: s.busy,
          message: t.message,
          onAction: (a) => void act.toolbarAction(a),
          onEscape: () => act.cancelToolbar(),
          editor: t.mode === 'note' ? frameFor(t.editor, 'toolbar', s, act) : null,
        }
      : null,
    card:
      c && item
        ? {
            item,
            anchor: c.anchor,
            related: c.origin?.isConnected && !c.editing ? relatedTo(c.origin) : [],
            editor: c.editing ? frameFor(c.editor, 'card', s, act) : null,
            noteView: c.editing ? null : frameFor(c.viewer, 'view', s, act),
            busy: s.busy,
            message: c.message,
            onEditNote: (open) => act.editNote(open),
            naming: c.naming,
            names: c.naming ? namesFrom(s.items) : [],
            aliasOffer: c.aliasOffer,
            onEditName: (field) => act.editName(field),
            onSaveName: (field, name) => void act.saveName(field, name),
            onAlias: s.aliases ? () => void act.addAlias() : undefined,
            onChangeKind: (k) => void act.changeKind(k),
            onDismiss: () => void act.dismiss(),
            onDelete: () => void act.remove(),
            onCopy: () => void act.copy(),
            onClose: () => act.closeCard(true),
            onShow: (id) => act.showRelated(id),
            onPointerInside: (inside) => act.cardPointer(inside),
          }
        : null,
    toast: toast ? { anchor: toast.anchor, message: toast.message, onUndo: () => void act.undo(), onClose: () => act.closeToast() } : null,
  };
}

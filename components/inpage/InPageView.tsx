// Everything the in-page UI shows at one moment: the selection toolbar, the annotation card and the
// undo toast. Data and callbacks come in via props; the content script owns the state.
import { UndoBar } from '../UndoBar';
import { AnnotationCard, type AnnotationCardProps } from './AnnotationCard';
import { Floating } from './Floating';
import type { AnchorRect } from './place';
import type { Theme } from '../theme-mode';
import { SelectionToolbar, type SelectionToolbarProps } from './SelectionToolbar';

export interface UndoToastProps {
  anchor: AnchorRect;
  message: string;
  onUndo: () => void;
  onClose: () => void;
}

export interface InPageViewProps {
  /** Dark or light, as the page is where the UI shows (the page's background, not the system's preference). */
  theme?: Theme;
  /** Where a highlight with a note ends: a sign is drawn there (see note-badges.ts: never in the page). */
  noteBadges?: readonly AnchorRect[];
  toolbar: SelectionToolbarProps | null;
  card: AnnotationCardProps | null;
  toast: UndoToastProps | null;
}

export function InPageView({ theme = 'light', noteBadges = [], toolbar, card, toast }: InPageViewProps) {
  return (
    <div class={`cl-inpage cl-inpage--${theme}`}>
      {noteBadges.map((b, i) => (
        <span key={i} class="cl-notebadge" aria-hidden="true" style={{ left: `${b.left}px`, top: `${b.top}px` }} />
      ))}
      {toolbar ? <SelectionToolbar {...toolbar} /> : null}
      {card ? <AnnotationCard {...card} /> : null}
      {toast ? (
        <Floating anchor={toast.anchor} prefer="below" class="cl-toast">
          <UndoBar message={toast.message} onUndo={toast.onUndo} onDismiss={toast.onClose} />
        </Floating>
      ) : null}
    </div>
  );
}

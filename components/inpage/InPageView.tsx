// Everything the in-page UI shows at one moment: the selection toolbar, the annotation card and the
// undo toast. Data and callbacks come in via props; the content script owns the state.
import { UndoBar } from '../UndoBar';
import { AnnotationCard, type AnnotationCardProps } from './AnnotationCard';
import { Floating } from './Floating';
import type { AnchorRect } from './place';
import { SelectionToolbar, type SelectionToolbarProps } from './SelectionToolbar';

export interface UndoToastProps {
  anchor: AnchorRect;
  message: string;
  onUndo: () => void;
  onClose: () => void;
}

export interface InPageViewProps {
  toolbar: SelectionToolbarProps | null;
  card: AnnotationCardProps | null;
  toast: UndoToastProps | null;
}

export function InPageView({ toolbar, card, toast }: InPageViewProps) {
  return (
    <div class="cl-inpage">
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

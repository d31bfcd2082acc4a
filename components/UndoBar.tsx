// "Deleted 3 annotations — Undo": a live status line offering to undo the last delete.
export interface UndoBarProps {
  message: string;
  onUndo: () => void;
  onDismiss: () => void;
}

export function UndoBar({ message, onUndo, onDismiss }: UndoBarProps) {
  return (
    <div class="cl-undo" role="status" aria-live="polite">
      <span>{message}</span>
      <button type="button" class="cl-button cl-button--primary" onClick={onUndo}>
        Undo
      </button>
      <button type="button" class="cl-button cl-button--quiet" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}

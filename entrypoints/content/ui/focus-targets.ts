// Where focus goes when the controller asks for it (ControllerDeps.focusIn).

/** Where focus goes in the card, the toast or the toolbar, best first (the note's view frame only if nothing else). */
export const FOCUS_TARGETS: Record<'card' | 'toast' | 'toolbar' | 'name', string[]> = {
  card: [
    '[role="dialog"] input[role="combobox"]:not([disabled])',
    '[role="dialog"] .cl-card__actions :is(button:not([disabled]), select:not([disabled]))',
    '[role="dialog"] :is(button:not([disabled]), select:not([disabled]), iframe:not(.cl-noteframe--view))',
    '[role="dialog"] iframe',
  ],
  name: ['[role="dialog"] .cl-who__fix:not([disabled])', '[role="dialog"] .cl-card__actions button:not([disabled])'],
  toast: ['.cl-toast button'],
  toolbar: ['.cl-toolbar button:not([disabled])'],
};

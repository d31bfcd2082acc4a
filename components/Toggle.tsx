// An on/off switch: a real checkbox (keyboard and screen readers get it for free) styled as a switch.
export interface ToggleProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
}

export function Toggle({ label, checked, onChange, disabled }: ToggleProps) {
  return (
    <label class="cl-toggle">
      <input
        type="checkbox"
        role="switch"
        class="cl-toggle__input"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <span class="cl-toggle__track" aria-hidden="true" />
      <span class="cl-toggle__label">{label}</span>
    </label>
  );
}

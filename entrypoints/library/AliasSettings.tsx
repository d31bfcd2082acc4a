// The reader's aliases: "always read <a name Claimlight gives> as <the reader's name>", applied by
// the analysis on every page from then on. Made from a correction (card, popup, Library) or here.
import { useState } from 'preact/hooks';
import type { Settings } from '@/lib/model';

export function AliasSettings({ settings, save }: { settings: Settings; save: (changes: Partial<Settings>) => Promise<void> }) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [status, setStatus] = useState('');
  const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
  const key = (s: string) => clean(s).toLowerCase().replace(/^the /, '');

  const add = async () => {
    const f = clean(from);
    const t = clean(to);
    if (!f || !t) {
      setStatus('Type both names: the one Claimlight gives, and how you want it read.');
      return;
    }
    await save({ aliases: [...settings.aliases.filter((a) => key(a.from) !== key(f)), { from: f, to: t }] });
    setFrom('');
    setTo('');
    setStatus(`From now on Claimlight reads “${f}” as ${t}.`);
  };
  const remove = async (i: number) => {
    const gone = settings.aliases[i];
    await save({ aliases: settings.aliases.filter((_, j) => j !== i) });
    if (gone) setStatus(`Removed the alias for “${gone.from}”.`);
  };

  return (
    <fieldset class="settings__group">
      <legend>Names: always read … as …</legend>
      <p class="settings__hint">
        When Claimlight names someone the way you would not (“Mr Trump”, “the ministry”), read it as your name for them on every page from now
        on. Case and a leading “the” are ignored. Kept in this browser and in your backups; pages never see them.
      </p>
      {settings.aliases.length > 0 ? (
        <ul class="settings__aliases" aria-label="Your aliases">
          {settings.aliases.map((a, i) => (
            <li key={`${a.from}\u0000${a.to}`}>
              <span>
                “{a.from}” → <strong>{a.to}</strong>
              </span>
              <button type="button" class="cl-button cl-button--quiet" onClick={() => void remove(i)} aria-label={`Remove the alias for “${a.from}”`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="settings__hint">No aliases yet.</p>
      )}
      <form
        class="settings__add"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <label>
          <span>When Claimlight names</span>
          <input type="text" value={from} placeholder="Mr Trump" onInput={(e) => setFrom(e.currentTarget.value)} />
        </label>
        <label>
          <span>read it as</span>
          <input type="text" value={to} placeholder="Donald Trump" onInput={(e) => setTo(e.currentTarget.value)} />
        </label>
        <button type="submit" class="cl-button">
          Add alias
        </button>
      </form>
      <p class="settings__status" role="status" aria-live="polite">
        {status}
      </p>
    </fieldset>
  );
}

// Reading memory (opt-in): keep what Claimlight finds on every page read, so "Who said what" and
// "Disputed" can span everything read. Off by default; a retention period; a wipe button. Turning
// it off forgets what was remembered: off means nothing is kept that the reader did not keep.
import { useState } from 'preact/hooks';
import { RETENTION_DAYS, type Settings } from '@/lib/model';
import { clearReadings, countReadings, pruneReadings } from '@/lib/store';
import { Toggle } from '@/components/Toggle';
import { useWatch } from './use-watch';

const daysLabel = (d: number) => (d === 365 ? 'a year' : `${d} days`);

export function ReadingMemorySettings({ settings, save }: { settings: Settings; save: (changes: Partial<Settings>) => Promise<void> }) {
  const count = useWatch(countReadings, []).value ?? 0;
  const [status, setStatus] = useState('');
  const days = RETENTION_DAYS.includes(settings.readingRetentionDays) ? RETENTION_DAYS : [...RETENTION_DAYS, settings.readingRetentionDays].sort((a, b) => a - b);

  const turn = async (on: boolean) => {
    await save({ rememberReading: on });
    if (!on) {
      await clearReadings();
      setStatus('Reading memory is off, and what it held is forgotten.');
    } else setStatus('Reading memory is on: articles you read from now on are remembered.');
  };
  const retain = async (d: number) => {
    await save({ readingRetentionDays: d });
    const gone = await pruneReadings(d);
    setStatus(gone ? `Forgot ${gone} finding${gone === 1 ? '' : 's'} older than ${daysLabel(d)}.` : `Findings are kept for ${daysLabel(d)}.`);
  };
  const wipe = async () => {
    await clearReadings();
    setStatus('Forgot everything read.');
  };

  return (
    <fieldset class="settings__group">
      <legend>Reading memory</legend>
      <Toggle label="Remember what Claimlight finds on the pages I read" checked={settings.rememberReading} onChange={(v) => void turn(v)} />
      <p class="settings__hint">
        Off (the default): nothing is kept unless you keep it. On: the quotes, disputed assertions and claims Claimlight finds on every article
        you read are kept in this browser as automatic findings (not as yours), so “Who said what” and “Disputed” can show everything you read.
        Turning it off forgets them. They are not part of backups.
      </p>
      <label class="settings__inline">
        <span>Forget findings after</span>
        <select value={String(settings.readingRetentionDays)} onChange={(e) => void retain(Number(e.currentTarget.value))}>
          {days.map((d) => (
            <option key={d} value={String(d)}>
              {daysLabel(d)}
            </option>
          ))}
        </select>
      </label>
      <div class="settings__inline">
        <span>{count === 1 ? '1 finding remembered.' : `${count} findings remembered.`}</span>
        <button type="button" class="cl-button" disabled={count === 0} onClick={() => void wipe()}>
          Forget everything read
        </button>
      </div>
      <p class="settings__status" role="status" aria-live="polite">
        {status}
      </p>
    </fieldset>
  );
}

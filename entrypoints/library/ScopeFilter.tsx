// "Kept by me / Everything read": the overviews span the reader's annotations, or those plus what
// reading memory holds (findings of every article read, when the reader turned it on).
import type { FacetScope } from '@/lib/store';
import { getSettings } from '@/lib/store';
import { useWatch } from './use-watch';

export function ScopeFilter({ scope, onChange }: { scope: FacetScope; onChange: (s: FacetScope) => void }) {
  const remembering = useWatch(getSettings, []).value?.rememberReading ?? false;
  return (
    <fieldset class="scope">
      <legend>Show</legend>
      <label>
        <input type="radio" name="scope" value="kept" checked={scope === 'kept'} onChange={() => onChange('kept')} />
        Kept by me
      </label>
      <label>
        <input type="radio" name="scope" value="read" checked={scope === 'read'} onChange={() => onChange('read')} />
        Everything read
      </label>
      {scope === 'read' && !remembering && (
        <span class="settings__hint">
          Reading memory is off, so only what you kept is here. <a href="#settings">Turn it on in Settings</a>.
        </span>
      )}
    </fieldset>
  );
}

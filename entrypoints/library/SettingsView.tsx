// Settings: auto-analysis globally and per site, kinds shown by default, highlight colours, the
// reader's aliases, reading memory, and deleting all data (a backup offered first).
// Every change is saved at once and announced so open tabs pick it up on their next refresh.
import { useEffect, useState } from 'preact/hooks';
import type { Kind, Settings } from '@/lib/model';
import { KINDS } from '@/lib/model';
import { getSettings, listSites } from '@/lib/store';
import { AliasSettings } from './AliasSettings';
import { DeleteAllData } from './DeleteAllData';
import { ReadingMemorySettings } from './ReadingMemorySettings';
import { Toggle } from '@/components/Toggle';
import { KIND_LABEL, KIND_PLURAL } from '@/components/kinds';
import { saveSettingsAndAnnounce } from './store-actions';
import { hasSiteRule, normalizeSite, setSiteRule, siteAuto, sitesToList } from '@/lib/site-rules';
import { useWatch } from './use-watch';

export function SettingsView() {
  const { value: stored, error } = useWatch(getSettings, []);
  // Show a change at once (switches must not flip back while the save is in flight).
  const [pending, setPending] = useState<Settings | null>(null);
  useEffect(() => setPending(null), [stored]);
  const settings = pending ?? stored;
  const known = useWatch(listSites, []).value ?? [];
  const [status, setStatus] = useState('');
  const [newSite, setNewSite] = useState('');

  const save = async (changes: Partial<Settings>) => {
    if (settings) setPending({ ...settings, ...changes });
    try {
      await saveSettingsAndAnnounce(changes);
      setStatus('Settings saved.');
    } catch (e) {
      setPending(null);
      setStatus(`Not saved: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  if (!settings) return <section class="view">{error ? <p role="alert">{error}</p> : <p>Loading…</p>}</section>;
  const sites = sitesToList(
    known.map((k) => k.site),
    settings,
  );

  const addSite = (on: boolean) => {
    const site = normalizeSite(newSite);
    if (!site) {
      setStatus('Type a site such as news.example.');
      return;
    }
    setNewSite('');
    void save(setSiteRule(settings, site, on));
  };

  return (
    <section class="view view--settings" aria-labelledby="settings-h">
      <h2 id="settings-h">Settings</h2>
      <p class="settings__status" role="status" aria-live="polite">
        {status}
      </p>

      <fieldset class="settings__group">
        <legend>Automatic analysis</legend>
        <Toggle label="Analyse articles automatically" checked={settings.autoAnalyze} onChange={(v) => void save({ autoAnalyze: v })} />
        <p class="settings__hint">Per site, your choice below wins over this switch. Other pages can still be analysed from the popup.</p>
        {sites.length > 0 && (
          <ul class="settings__sites" aria-label="Sites">
            {sites.map((site) => (
              <li key={site}>
                <Toggle label={site} checked={siteAuto(settings, site)} onChange={(v) => void save(setSiteRule(settings, site, v))} />
                {hasSiteRule(settings, site) ? (
                  <button type="button" class="cl-button cl-button--quiet" onClick={() => void save(setSiteRule(settings, site, null))} aria-label={`Reset ${site} to the global setting`}>
                    Reset
                  </button>
                ) : (
                  <span class="settings__hint">follows the global switch</span>
                )}
              </li>
            ))}
          </ul>
        )}
        <form
          class="settings__add"
          onSubmit={(e) => {
            e.preventDefault();
            addSite(false);
          }}
        >
          <label>
            <span>Site</span>
            <input type="text" value={newSite} placeholder="news.example" onInput={(e) => setNewSite(e.currentTarget.value)} />
          </label>
          <button type="submit" class="cl-button">
            Turn off for this site
          </button>
          <button type="button" class="cl-button" onClick={() => addSite(true)}>
            Turn on for this site
          </button>
        </form>
      </fieldset>

      <fieldset class="settings__group">
        <legend>Shown on pages by default</legend>
        {KINDS.map((k) => (
          <Toggle key={k} label={KIND_PLURAL[k]} checked={settings.showKinds[k]} onChange={(v) => void save({ showKinds: { ...settings.showKinds, [k]: v } })} />
        ))}
      </fieldset>

      <ReadingMemorySettings settings={settings} save={save} />

      <AliasSettings settings={settings} save={save} />

      <fieldset class="settings__group settings__colors">
        <legend>Highlight colours</legend>
        {KINDS.map((k: Kind) => (
          <label key={k} class="settings__color">
            <input
              type="color"
              value={settings.colors[k]}
              onChange={(e) => void save({ colors: { ...settings.colors, [k]: e.currentTarget.value } })}
            />
            <span>{KIND_LABEL[k]} colour</span>
          </label>
        ))}
      </fieldset>

      <DeleteAllData />
    </section>
  );
}

// After the reader had to press "Analyse this page": offer to analyse every page of the site on its own.
import { useEffect, useState } from 'preact/hooks';
import { getSettings, saveSettings } from '@/lib/store';
import { siteOf } from '@/lib/page-key';
import { setSiteRule } from '@/lib/site-rules';

type Phase = 'loading' | 'offer' | 'remembered' | 'hidden';

/** `offer`: the reader had to ask for the analysis (else only a remembered site shows, so it can be stopped). */
export function RememberSite({ url, offer }: { url: string; offer: boolean }) {
  const site = siteOf(url);
  const [phase, setPhase] = useState<Phase>('loading');
  const [error, setError] = useState('');
  /** Once the reader chose here, both choices stay within reach (to undo either). */
  const [chose, setChose] = useState(false);

  useEffect(() => {
    let live = true;
    getSettings()
      .then((s) => live && setPhase(!site ? 'hidden' : s.enabledSites.includes(site) ? 'remembered' : 'offer'))
      .catch(() => live && setPhase('hidden'));
    return () => {
      live = false;
    };
  }, [site]);

  const choose = async (on: boolean) => {
    setError('');
    try {
      const s = await getSettings();
      await saveSettings(setSiteRule(s, site, on ? true : null));
      setPhase(on ? 'remembered' : 'offer');
      setChose(true);
    } catch (e) {
      setError(`Could not save the choice: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  if (phase === 'loading' || phase === 'hidden' || (phase === 'offer' && !offer && !chose)) return null;
  return (
    <div class="popup__remember" role="group" aria-label="Analysis on this site">
      {phase === 'offer' ? (
        <>
          <p>Analyse every page on {site} as soon as it opens, without asking?</p>
          <button type="button" class="cl-button" onClick={() => void choose(true)}>
            Always analyse {site}
          </button>
        </>
      ) : (
        <>
          <p>Every page on {site} is analysed as it opens (Library → Settings lists your sites).</p>
          <button type="button" class="cl-button" onClick={() => void choose(false)}>
            Stop for {site}
          </button>
        </>
      )}
      {error && (
        <p class="popup__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

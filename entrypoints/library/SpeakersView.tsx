// "Who said what": every saved quote, grouped by speaker, across all pages.
import { useState } from 'preact/hooks';
import { listQuotesBySpeaker, listSpeakers, type FacetScope, type SpeakerSummary } from '@/lib/store';
import { foldText } from '@/lib/store';
import { AnnotationRow } from '@/components/AnnotationRow';
import { useWatch } from './use-watch';
import { useDebounced } from './use-debounced';
import { ScopeFilter } from './ScopeFilter';

const SPEAKERS_PER_PAGE = 30;

export function SpeakersView() {
  const [scope, setScope] = useState<FacetScope>('kept');
  const { value: speakers, error } = useWatch(() => listSpeakers(scope), [scope]);
  const [find, setFind] = useState('');
  const needle = foldText(useDebounced(find, 150).trim());
  const [shown, setShown] = useState(SPEAKERS_PER_PAGE);
  const matching = (speakers ?? []).filter((s) => !needle || foldText(s.speaker).includes(needle));

  return (
    <section class="view view--who" aria-labelledby="who-h">
      <h2 id="who-h">Who said what</h2>
      <p class="view__intro">
        {scope === 'kept' ? 'Every quote you kept, grouped by who said it, across all articles.' : 'Every quote found in the articles you read (and every one you kept), grouped by who said it.'}
      </p>
      <ScopeFilter scope={scope} onChange={setScope} />
      <label class="view__find">
        <span>Find a speaker</span>
        <input type="search" value={find} onInput={(e) => setFind(e.currentTarget.value)} />
      </label>
      {error && <p role="alert">{error}</p>}
      {speakers === undefined ? (
        <p>Loading…</p>
      ) : matching.length === 0 ? (
        <p>{speakers.length ? 'No speaker matches.' : 'No quotes yet: quotes you keep or annotate on articles appear here, by speaker.'}</p>
      ) : (
        <>
          {matching.slice(0, shown).map((s) => (
            <SpeakerSection key={s.speaker} summary={s} scope={scope} />
          ))}
          {matching.length > shown && (
            <button type="button" class="cl-button" onClick={() => setShown(shown + SPEAKERS_PER_PAGE)}>
              Show more speakers ({matching.length - shown} more)
            </button>
          )}
        </>
      )}
    </section>
  );
}

function SpeakerSection({ summary: s, scope }: { summary: SpeakerSummary; scope: FacetScope }) {
  const { value: quotes } = useWatch(() => listQuotesBySpeaker(s.speaker, scope), [s.speaker, s.quotes, s.lastUpdated, scope]);
  const id = `speaker-${encodeURIComponent(s.speaker).replace(/%/g, '_')}`;
  return (
    <section class="speaker" aria-labelledby={id}>
      <h3 id={id}>
        {s.speaker}{' '}
        <span class="speaker__count">
          {s.quotes === 1 ? '1 quote' : `${s.quotes} quotes`} · {s.pages === 1 ? '1 article' : `${s.pages} articles`}
        </span>
      </h3>
      <ul class="speaker__quotes">
        {(quotes ?? []).map((q) => (
          <li key={q.id}>
            <AnnotationRow annotation={q} showPage />
          </li>
        ))}
      </ul>
    </section>
  );
}

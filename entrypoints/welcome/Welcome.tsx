// The first-run page (opened once, when Claimlight is installed): what the marks mean, shown on a
// sample painted exactly as pages are (lib/highlight/marks.css), what the reader can do, and where
// the data lives.
import { browser } from '@/lib/browser';
import { MarkLegend } from '@/components/MarkLegend';

function Mark({ kind, children }: { kind: string; children: string }) {
  return (
    <mark class="claimlight-mark" data-claimlight-kind={kind}>
      {children}
    </mark>
  );
}

export function Welcome() {
  const library = (hash = '') => browser.runtime.getURL(`/library.html${hash}`);
  return (
    <main class="welcome">
      <h1>Welcome to Claimlight</h1>
      <p class="welcome__lead">
        On a news article, Claimlight marks on its own the direct quotes and who said them, the assertions someone disputes, and the claims
        worth checking. Hover over a mark, or reach it with <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>N</kbd>, and its card says who and why.
      </p>

      <section aria-labelledby="sample-h">
        <h2 id="sample-h">How a page looks</h2>
        <figure class="welcome__sample">
          <blockquote>
            <p>
              “<Mark kind="quote">We will rebuild the bridge by spring</Mark>,” said the mayor, Ana Ruiz.{' '}
              <Mark kind="claim">Repairs will cost £4.2 million, the council said on 3 March.</Mark>{' '}
              <Mark kind="disputed">The opposition denies that the bridge was ever unsafe.</Mark>{' '}
              <Mark kind="highlight">Work starts next week.</Mark>
            </p>
          </blockquote>
          <figcaption>A made-up paragraph, marked the way Claimlight marks articles.</figcaption>
        </figure>
        <MarkLegend />
      </section>

      <section aria-labelledby="do-h">
        <h2 id="do-h">What you can do</h2>
        <ul class="welcome__list">
          <li>Select words to highlight them, add a note, or mark them as a quote, a claim or disputed (<kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>H</kbd> highlights, <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>M</kbd> adds a note; <kbd>Tab</kbd> reaches the toolbar).</li>
          <li>Correct who said or disputes something when Claimlight got it wrong, from a mark’s card, the toolbar popup or the Library; make it an alias so later pages read the name your way.</li>
          <li>Dismiss a finding that is not right: it stays hidden on that page, on later visits too, and out of every export.</li>
          <li>Find everything again in the <a href={library()}>Library</a>: search, “Who said what”, “Disputed”, export to Markdown, CSV or Web Annotations, and backups.</li>
        </ul>
      </section>

      <section aria-labelledby="data-h">
        <h2 id="data-h">Where your data lives</h2>
        <p>
          In this browser only, in Claimlight’s own storage: no account, no server, no network requests. Web pages never see your notes: you
          type and read them in a small frame of Claimlight’s own inside the card. Articles are analysed on your device.
        </p>
        <p>
          Claimlight keeps only what you keep (highlights, notes, findings you act on). “Reading memory”, which remembers what it finds on
          every page you read, is off unless you turn it on in <a href={library('#settings')}>Settings</a>, where you can also download a
          backup or delete all your data.
        </p>
      </section>
    </main>
  );
}

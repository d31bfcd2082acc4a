// Library at scale: seed 50,000 annotations over 5,000 pages into the extension's database, then
// time (in Chromium, with the built extension) how long the Library takes to show its first rows,
// to answer a search typed into it, and to render after a jump to the end of the list.
// Usage: npx wxt build && node bench/library.mjs [annotations=50000]   (PROFILE=dir reuses a browser profile;
// EXT_DIR=dir measures a copy of a build, so a rebuild in the shared tree cannot change it mid-run)
import { launch } from '../e2e/harness.mjs';

const TOTAL = Number(process.argv[2] ?? 50_000);
const PAGES = Math.max(1, Math.round(TOTAL / 10));

const b = await launch({
  ...(process.env.PROFILE ? { userDataDir: process.env.PROFILE } : {}),
  ...(process.env.EXT_DIR ? { extDir: process.env.EXT_DIR } : {}),
});
try {
  // Open the library once so the database and its schema exist, then seed with plain IndexedDB
  // in one transaction (the bench measures reading, not our write path).
  const seedPage = await b.context.newPage();
  await seedPage.goto(b.extUrl('library.html'));
  await seedPage.locator('.toolbar__count').waitFor();
  const tSeed = Date.now();
  await seedPage.evaluate(
    ({ total, pages }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('claimlight');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['annotations', 'pages'], 'readwrite');
          const A = tx.objectStore('annotations');
          const P = tx.objectStore('pages');
          const kinds = ['quote', 'disputed', 'claim', 'highlight'];
          const speakers = ['Ana Ruiz', 'Ben Okafor', 'Chen Wei', 'Dana Levi', 'Emil Novak', 'Fatima Zahra'];
          const words = 'ceasefire energy prisoners talks budget inflation court ruling election turnout vaccine harbour bridge strike'.split(' ');
          const now = Date.now();
          for (let p = 0; p < pages; p++) {
            const url = `https://site${p % 50}.example/news/${p}`;
            P.put({ pageKey: url, url, title: `Article ${p} about ${words[p % words.length]}`, siteName: `site${p % 50}.example`, note: '', firstSeen: now - p * 1000, lastSeen: now - p * 1000 });
          }
          for (let i = 0; i < total; i++) {
            const p = i % pages;
            const url = `https://site${p % 50}.example/news/${p}`;
            const kind = kinds[i % 4];
            const exact = `Sentence ${i} mentions ${words[i % words.length]} and ${words[(i * 7) % words.length]} in some detail.`;
            A.put({
              id: `bench-${i}`, pageKey: url, url, title: `Article ${p}`, kind, source: 'auto', exact,
              selectors: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }],
              note: i % 10 === 0 ? `note ${i} ${words[(i * 3) % words.length]}` : '', tags: i % 25 === 0 ? ['bench'] : [], color: null,
              speaker: kind === 'quote' ? speakers[i % speakers.length] : null,
              disputedBy: kind === 'disputed' ? speakers[(i + 1) % speakers.length] : null,
              claimant: kind === 'disputed' ? speakers[(i + 2) % speakers.length] : null,
              reason: null, dismissed: false, createdAt: now - i * 60_000, updatedAt: now - i * 60_000,
            });
          }
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    { total: TOTAL, pages: PAGES },
  );
  console.log(`seeded ${TOTAL} annotations over ${PAGES} pages in ${Date.now() - tSeed} ms`);
  await seedPage.close();

  const lib = await b.context.newPage();
  const t0 = Date.now();
  await lib.goto(b.extUrl('library.html'));
  await lib.locator('.cl-arow').first().waitFor({ timeout: 60_000 });
  const openMs = Date.now() - t0;
  const rendered = await lib.locator('.cl-arow').count();

  const search = lib.getByRole('searchbox', { name: 'Search' });
  const t1 = Date.now();
  await search.fill('harbour');
  await lib.waitForFunction(() => {
    const texts = [...document.querySelectorAll('.cl-arow__text')].map((e) => e.textContent);
    return texts.length > 0 && texts.every((t) => t.includes('harbour'));
  }, null, { timeout: 60_000 });
  const searchMs = Date.now() - t1; // includes the input debounce

  // A search nothing matches walks every record: the worst case.
  const t2 = Date.now();
  await search.fill('zzzz-nothing');
  await lib.getByText('No annotations match.').waitFor({ timeout: 60_000 });
  const worstMs = Date.now() - t2;

  await search.fill('');
  await lib.locator('.cl-arow').first().waitFor();
  // Main-thread responsiveness while scrolling: time to scroll and paint one frame, 20 jumps.
  const scrollMs = await lib.evaluate(async () => {
    const box = document.querySelector('.results__list');
    const times = [];
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      box.scrollTop = (box.scrollHeight * i) / 20;
      box.dispatchEvent(new Event('scroll'));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      times.push(performance.now() - t);
    }
    return Math.max(...times);
  });

  console.log(JSON.stringify({ annotations: TOTAL, openMs, rowsRendered: rendered, searchMs, noMatchSearchMs: worstMs, worstScrollFrameMs: Math.round(scrollMs) }, null, 1));
} finally {
  await b.context.close();
}

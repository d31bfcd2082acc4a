// The page session: extract the article → ask the background to analyse it → anchor the saved
// annotations → paint everything in layers → mark <html data-claimlight="ready">.
// Everything that touches the page is here or in the small modules it calls; nothing throws into
// the page (errors are logged and the session carries on or stays out of the way).
import type { Annotation, Kind } from '@/lib/model';
import { DEFAULT_PAGE_SETTINGS, KINDS } from '@/lib/model';
import type { FindingsPage, PageState, TabState } from '@/lib/messaging/contract';
import type { SessionOps } from './actions';
import { sendToBackground } from '@/lib/messaging/client';
import { encodeBlocks } from '@/lib/messaging/blocks';
import { TEXT_PART } from '@/lib/messaging/part-limits';
import { assessArticleSteps, extractArticleSteps, type ArticleExtract } from '@/lib/article';
import { nextTask, runSliced } from '@/lib/dom/steps';
import { loadInteractive } from './interactive-api';
import { paintLayers } from '@/lib/highlight/painter';
import { eraseGradually } from '@/lib/highlight/erase';
import type { LazyPaint } from '@/lib/highlight/lazy';
import { readPageInfo, type PageInfo } from './page-info';
import { clearKindColors, setKindColors } from './kind-colors';
import { toSummary, type PageItem } from './items';
import { inPlace, planPaint, type Analysis } from './paint-plan';
import type { CoreSession } from './session-api';
import { firstChecks, repaintAfterCheck, scheduleNextCheck, waitBeforeCheck, type DomChecks } from './dom-checks';

const log = (...args: unknown[]) => console.debug('[Claimlight]', ...args);

/** This many items or more (a long live blog) are painted near the viewport first: lib/highlight/lazy.ts. */
const LAZY_MIN_ITEMS = 1000;

interface SessionEvents {
  /** Called after each paint with the current items (for the in-page UI). */
  onPainted?: (items: PageItem[]) => void;
}

export class PageSession implements CoreSession {
  /**
   * The first pass (start) running; done, after which every paint marks the page ready; or disposed
   * (the page navigated or the extension went away): the session does nothing more.
   */
  private phase: 'starting' | 'started' | 'disposed' = 'starting';

  // --- the page, and what the store says about it (applyState) ---
  /** Read once, when the session is made (start() follows at once). */
  private info: PageInfo = readPageInfo();
  /** The store's last answer about this page: null until it came (then the kinds shown start from its settings). */
  private stored: Readonly<Pick<PageState, 'pageKey' | 'autoAnalyze'>> | null = null;
  /** The reader's saved annotations on this page (the store's, then kept in step by the reader's actions). */
  private saved: Annotation[] = [];
  /** Which kinds the reader shows on this page (the popup's switches; from the settings at first). */
  private visible: Record<Kind, boolean> = { ...DEFAULT_PAGE_SETTINGS.showKinds };

  // --- the analysis ---
  /** The page was measured as an article, or the reader asked to analyse every page of its site. */
  private isArticle = false;
  /** Not run yet (null), or run on this text. */
  private analysis: Analysis | null = null;
  /** The article's text model (its map keeps its text nodes' lengths when it was made: see currentArticle). */
  private article: ArticleExtract | null = null;

  // --- painting: a paint running, its generation (a newer one cancels) ---
  private painting = false;
  private generation = 0;
  private lazy: LazyPaint | null = null;
  private items: PageItem[] = [];

  // --- the living page (onDomChanged): the checks' back-off, a retry that is waiting ---
  private checks: DomChecks = firstChecks();
  private retry: number | undefined;
  private pauseImpl: ((fn: () => void) => void) | null = null;

  constructor(private readonly events: SessionEvents = {}) {}

  get currentItems(): readonly PageItem[] {
    return this.items;
  }

  /** First pass on a page: load state, analyse if wanted, paint, mark ready. */
  async start(): Promise<void> {
    try {
      const state = await sendToBackground('page/open', this.info);
      this.applyState(state);
      // Fact-check memory: a page with ClaimReview markup hands it to the background, read by the
      // page tools (./claim-reviews.ts); the check here is all other pages pay.
      if (this.stored?.autoAnalyze && (document.querySelector('[itemtype*=ClaimReview]') || [...document.scripts].some((e) => e.text.includes('ClaimReview'))))
        void loadInteractive().then((t) => t.sendClaimReviews(this.info.canonical)).catch(log);
      // Measuring and extracting walk the whole article: in slices, so a long page stays responsive.
      const { isArticle, root } = await runSliced(assessArticleSteps(document));
      // a site the reader asked for ("Always analyse …" in the popup) counts every page as an article
      this.isArticle ||= isArticle;
      if (this.stored?.autoAnalyze && this.isArticle) await this.analyse(root);
    } catch (e) {
      log('start failed', e);
    } finally {
      if (this.phase !== 'disposed') {
        this.phase = 'started';
        await this.repaint();
      }
    }
  }

  private applyState(state: PageState): void {
    if (!this.stored) this.visible = { ...state.settings.showKinds };
    this.stored = state;
    this.isArticle ||= state.analyseAlways;
    this.saved = state.annotations;
    setKindColors(document.documentElement, state.settings.colors);
  }

  /** Re-read annotations and settings from the store (after a change elsewhere) and repaint. */
  async refresh(): Promise<void> {
    try {
      const state = await sendToBackground('page/state', { canonical: this.info.canonical });
      this.applyState(state);
      if (this.stored?.autoAnalyze && this.isArticle && !this.analysis) await this.analyse();
      await this.repaint();
    } catch (e) {
      log('refresh failed', e);
    }
  }

  /** Run the analysis on the current article text (also on request for non-article pages). */
  async analyse(root?: Element | null): Promise<void> {
    // Our marks only wrap text, so the article's text is the same with or without them.
    await this.analyseArticle(await runSliced(extractArticleSteps(document, root)));
  }

  private async analyseArticle(article: ArticleExtract | null): Promise<void> {
    this.article = article;
    if (!article || !article.input.text.trim()) {
      this.analysis = { text: '', findings: [], ids: [] };
      return;
    }
    const { text, blocks, title } = article.input;
    // In tasks of their own: the extraction's last slice, loading the bundle, encoding a live blog's blocks.
    await nextTask();
    // A long text goes in parts (lib/messaging/text-parts.ts), sent by the interactive bundle.
    const parts = text.length > TEXT_PART && (await loadInteractive());
    const request = { input: { text, blocks: encodeBlocks(blocks), title }, canonical: this.info.canonical };
    let page: FindingsPage = await (parts ? parts.analyseInParts(request) : sendToBackground('analysis/run', request));
    // The findings come in pages, in order: a live blog's in one reply would be a long task to read.
    const { findings, ids } = page;
    while (page.next) {
      page = await sendToBackground('analysis/findings', page.next);
      findings.push(...page.findings);
      ids.push(...page.ids);
    }
    await nextTask(); // laying the findings out starts in a task of its own
    this.analysis = { text, findings, ids };
    this.article = article; // a repaint during the round trip may have replaced it
  }


  /**
   * The page's DOM changed (debounced by the watcher): analyse an article that arrived late or was
   * re-rendered, retry orphaned annotations, and paint again marks the page took out. Checks that
   * find nothing new back off, so a page that churns its DOM for ever (tickers, clocks) costs less
   * and less, and one that keeps stripping our marks gets MAX_STRIP_REPAINTS repaints, then none (dom-checks.ts).
   */
  async onDomChanged(marksRemoved = false): Promise<void> {
    if (this.phase === 'disposed') return;
    this.checks.marksLost ||= marksRemoved;
    const wait = waitBeforeCheck(this.checks, this.painting, performance.now());
    if (wait > 0) {
      // A check this early waits for its time: a page that changes once, while we paint or soon
      // after a check, is looked at then (and marks taken out meanwhile are checked for).
      if (this.retry === undefined) this.retry = window.setTimeout(() => ((this.retry = undefined), void this.onDomChanged()), wait);
      return;
    }
    let changed = false;
    if (!this.analysis) {
      const { isArticle, root } = this.stored?.autoAnalyze ? await runSliced(assessArticleSteps(document)) : { isArticle: false, root: null };
      if (isArticle) {
        this.isArticle = true;
        await this.analyse(root?.isConnected ? root : null);
        changed = true;
      }
    } else {
      // Extract once: the same model serves the comparison and, if the text changed, the analysis.
      const fresh = await runSliced(extractArticleSteps(document));
      if ((fresh?.input.text ?? '') !== this.analysis.text) {
        await this.analyseArticle(fresh);
        changed = true;
      }
    }
    const { repaint, next } = repaintAfterCheck(this.checks, changed, this.items.some((i) => i.orphan));
    this.checks = next;
    if (repaint) await this.repaint();
    this.checks = scheduleNextCheck(this.checks, changed, performance.now());
  }

  /**
   * Erase and paint every visible layer from the current findings and saved annotations. The DOM
   * work is done in slices that yield to the page; a newer repaint cancels an older one.
   */
  async repaint(): Promise<void> {
    if (this.phase === 'disposed' || !document.body) return;
    const gen = ++this.generation;
    const cancelled = () => this.phase === 'disposed' || gen !== this.generation;
    const slice = (work: () => void) => this.withoutObserver(work);
    const body = document.body;
    this.painting = true;
    this.lazy?.stop();
    this.lazy = null;
    try {
      // Anchoring saved annotations lives in the interactive bundle: load it only when needed.
      const tools = this.saved.some((a) => !a.dismissed) ? await loadInteractive() : null;
      if (cancelled()) return;
      await eraseGradually(body, { slice });
      if (cancelled()) return;
      const article = this.analysis?.findings.length ? await this.currentArticle() : null;
      if (cancelled()) return;
      const { items, paint } = await runSliced(planPaint(body, tools, this.saved, this.analysis, article));
      if (cancelled()) return;
      this.items = items;
      const shown = paint.filter((p) => this.visible[p.kind]);
      // A very long page (live blog) is painted near the viewport first, the rest as the reader
      // scrolls; the code for that comes with the interactive bundle, which such a page loads.
      if (shown.length >= LAZY_MIN_ITEMS) {
        const lazy = await (tools ?? (await loadInteractive())).paintNearViewport(body, shown, { slice, cancelled });
        // A newer repaint may hold its own handle by now: a cancelled one stops, never replaces it.
        if (cancelled()) lazy.stop();
        else this.lazy = lazy;
      } else await paintLayers(body, shown, { slice, cancelled });
      if (cancelled()) return;
    } catch (e) {
      log('paint failed', e);
    } finally {
      if (gen === this.generation) this.painting = false;
    }
    // Page contract: set once the first pass is painted (again if the page replaced <html>).
    if (this.phase === 'started') document.documentElement.setAttribute('data-claimlight', 'ready');
    this.events.onPainted?.(this.items);
  }

  /**
   * The article's text model: the one from the last extraction while its text nodes are all still
   * in place with the same lengths (no repaint split or merged them, the page did not re-render),
   * else a fresh extraction. Extraction walks the whole article; this check only its text nodes.
   */
  private async currentArticle(): Promise<ArticleExtract | null> {
    const a = this.article;
    if (a && (await runSliced(inPlace(a.map)))) return a;
    return (this.article = await runSliced(extractArticleSteps(document)));
  }

  // --- the reader's actions (bound to the session in the interactive bundle: ./session-tools.ts) ---

  /** What the reader's actions (./actions.ts) may use of the session. */
  readonly ops: SessionOps = {
    canonical: () => this.info.canonical,
    pageKey: () => this.stored?.pageKey ?? null,
    items: () => this.items,
    article: () => this.currentArticle(),
    addSaved: (a) => {
      this.saved = [...this.saved, a];
    },
    replaceSaved: (a) => {
      this.saved = this.saved.map((x) => (x.id === a.id ? a : x));
    },
    removeSaved: (id) => {
      this.saved = this.saved.filter((a) => a.id !== id);
    },
    repaint: () => this.repaint(),
    refresh: () => this.refresh(),
  };

  // --- popup requests --------------------------------------------------------------------------

  async setVisible(kind: Kind | 'all', visible: boolean): Promise<void> {
    for (const k of kind === 'all' ? KINDS : [kind]) this.visible[k] = visible;
    await this.repaint();
  }

  /** Paint an item at once if it waits for the viewport (a very long page): the popup reveals it next. */
  async paintNow(id: string): Promise<void> {
    await this.lazy?.paintNow(id);
  }

  state(): TabState {
    return {
      pageKey: this.stored?.pageKey ?? null,
      url: location.href,
      title: this.info.title,
      analysed: !!this.analysis,
      isArticle: this.isArticle,
      visible: { ...this.visible },
      items: this.items.map(toSummary),
    };
  }

  // --- plumbing ----------------------------------------------------------------------------------

  /** The living-page watcher registers how to pause itself while we write to the DOM. */
  setObserverPause(pause: (fn: () => void) => void): void {
    this.pauseImpl = pause;
  }

  private withoutObserver(fn: () => void): void {
    if (this.pauseImpl) this.pauseImpl(fn);
    else fn();
  }

  dispose(): void {
    this.phase = 'disposed';
    clearTimeout(this.retry);
    this.lazy?.stop();
    try {
      const html = document.documentElement;
      // Restores the page's own text nodes; a page of ordinary size is done before this returns.
      void eraseGradually(document.body ?? html);
      html.removeAttribute('data-claimlight');
      clearKindColors(html);
    } catch (e) {
      log('cleanup failed', e);
    }
  }
}

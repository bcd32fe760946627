/**
 * `<kerjasama-dataset-builder>`: the dataset builder of the docs (dist/builder/index.html). The
 * reader picks or drops documents and record files; the CLI's own build (build-core.ts) checks
 * them in this page, quotes are marked in their documents, problems listed by file, row and
 * column, every element previewed on the result, and the dataset and embed code downloaded.
 * Files are read with the File API and the downloads are blob: URLs: nothing is sent anywhere.
 * Every piece of the reader's data is rendered as text (Lit bindings), never as HTML.
 *
 * The page hands it what is not plain code: `runBuild`, the same build in a worker (with citeproc-js
 * and the CSL styles, shipped beside the page under their own licence, and pdf.js), or
 * `formatCitations` and `loadPdfJs` to build in this thread. A documentation tool, not a
 * reader-facing element: registered by its page and tests, not by the drop-in script.
 */
import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { KerjasamaBase } from '../base/kerjasama-base.js';
import { buildFromFiles, type BuildFiles, type BuildResult, type DocumentFile } from '../build/build-core.js';
import { recordFileText } from '../build/document-text.js';
import { datasetLanguages } from '../data/locales.js';
import type { BuildProblem } from '../data/verify.js';
import { BUILDER_STRINGS, type BuilderStrings } from './builder-strings.js';
import { embedCode, embedPage, fileRole, markQuotes, previewElements, type MarkedLine, type PreviewElement } from './builder-model.js';

/** A file given by the reader: what the File API gives, or a test's stand-in. */
export type GivenFile = Pick<File, 'name' | 'size' | 'text' | 'arrayBuffer'>;

export class DatasetBuilder extends KerjasamaBase {
  static override readonly tag = 'kerjasama-dataset-builder';

  static override styles = [
    ...KerjasamaBase.styles,
    css`
      :host {
        display: block;
        color: var(--kj-color-text, inherit);
        font-family: var(--kj-font-family, inherit);
        line-height: 1.5;
      }
      .drop {
        border: 2px dashed currentColor;
        border-radius: 0.5rem;
        padding: 1rem;
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: 0.5rem;
        justify-items: start;
      }
      .drop.over {
        /* From the text colour, so that it reads on a light and a dark page alike. */
        background: color-mix(in srgb, currentColor 12%, transparent);
      }
      button,
      select,
      input {
        font: inherit;
        max-width: 100%;
      }
      ul.problems {
        padding-inline-start: 1.25rem;
      }
      ul.files {
        list-style: none;
        padding: 0;
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      ul.files li {
        border: 1px solid currentColor;
        border-radius: 1rem;
        padding-inline: 0.75rem 0.25rem;
        overflow-wrap: anywhere;
      }
      ul.files button {
        min-width: 1.75rem;
        min-height: 1.75rem;
      }
      .problems li {
        margin-block: 0.25rem;
        overflow-wrap: anywhere;
      }
      .status {
        font-weight: 600;
      }
      ul.lines {
        font-family: ui-monospace, monospace;
        font-size: 0.875em;
        overflow-wrap: anywhere;
        list-style: none;
        padding: 0;
        max-height: 24rem;
        overflow: auto;
      }
      ul.lines li {
        /* The document's own spacing, on its lines only (not the template's). */
        white-space: pre-wrap;
        padding-inline-start: 3.5em;
        text-indent: -3.5em;
      }
      ul.lines .n {
        display: inline-block;
        width: 3em;
        margin-inline-end: 0.5em;
        text-align: end;
        text-indent: 0;
      }
      mark {
        background: var(--kj-builder-mark, #ffe58a);
        color: #000;
      }
      .preview {
        border: 1px solid currentColor;
        border-radius: 0.5rem;
        padding: 1rem;
        display: grid;
        gap: 1rem;
      }
      .preview-controls {
        display: flex;
        flex-wrap: wrap;
        gap: 1rem;
      }
      .element {
        display: grid;
        gap: 0.5rem;
        padding-block-end: 1rem;
        border-block-end: 1px solid color-mix(in srgb, currentColor 30%, transparent);
      }
      textarea {
        width: 100%;
        box-sizing: border-box;
        font-family: ui-monospace, monospace;
        min-height: 6.5rem;
      }
      kerjasama-data[theme='dark'] {
        display: block;
        background: #111;
        color: #eee;
        padding: 0.5rem;
      }
      kerjasama-data[theme='light'] {
        display: block;
        background: #fff;
        color: #111;
        padding: 0.5rem;
      }
      a.download {
        display: inline-block;
        margin-inline-end: 1rem;
      }
    `,
  ];

  /**
   * Runs the build elsewhere (the builder page's worker, so that the page stays responsive), on the
   * record texts and the document files. When set, it is used instead of building in this thread.
   */
  @property({ attribute: false }) runBuild?: (records: Map<string, string>, documents: Map<string, GivenFile>) => Promise<BuildResult>;
  /** Pre-formats references (citeproc-js with the CSL styles), to build in this thread; the build waits until it or `runBuild` is set. */
  @property({ attribute: false }) formatCitations?: BuildFiles['formatCitations'];
  /** Loads pdf.js; without it (or when it rejects) a PDF is refused with `pdfUnavailable`. */
  @property({ attribute: false }) loadPdfJs: BuildFiles['loadPdfJs'] = () => Promise.reject(new Error('no pdf.js'));
  /** Completes "… is a PDF, and reading PDFs needs …". */
  @property({ attribute: false }) pdfUnavailable = 'the command line (kerjasama data build), which reads PDFs with pdf.js; or give the text as a .txt file';

  @state() private files = new Map<string, GivenFile>();
  @state() private result?: BuildResult;
  @state() private working = false;
  @state() private over = false;
  @state() private previewLang = '';
  @state() private previewTheme: 'light' | 'dark' = 'light';
  private datasetUrl?: string;
  private pageUrl?: string;
  private run = 0;

  private get canBuild(): boolean {
    return Boolean(this.runBuild || this.formatCitations);
  }

  private get strings(): BuilderStrings {
    return BUILDER_STRINGS[this.locale];
  }

  /** Adds files (a file of the same name replaces the one given before) and builds again. */
  async addFiles(list: Iterable<GivenFile>): Promise<void> {
    const files = new Map(this.files);
    for (const file of list) files.set(file.name, file);
    this.files = files;
    await this.rebuild();
  }

  /** Settles when the files given so far are built (or found wanting). */
  async rebuild(): Promise<void> {
    const run = ++this.run;
    if (!this.canBuild || this.files.size === 0) {
      this.result = undefined;
      return;
    }
    this.working = true;
    let result: BuildResult;
    try {
      const records = new Map<string, string>();
      const unreadable: BuildProblem[] = [];
      const given = new Map<string, GivenFile>();
      for (const [name, file] of this.files) {
        const role = fileRole(name).role;
        if (role === 'record') {
          // As the CLI reads it: a sheet saved in another encoding is refused, never turned into "�".
          const text = recordFileText(new Uint8Array(await file.arrayBuffer()));
          if (typeof text === 'string') records.set(name, text);
          else unreadable.push({ file: name, path: '$', message: text.error });
        } else if (role === 'document') given.set(name, file);
      }
      if (unreadable.length) result = { ok: false, problems: unreadable };
      else if (this.runBuild) result = await this.runBuild(records, given);
      else {
        const documents = new Map<string, DocumentFile>([...given].map(([name, file]) => [name, { size: file.size, bytes: async () => new Uint8Array(await file.arrayBuffer()) }]));
        result = await buildFromFiles({ label: '.', records, documents, loadPdfJs: this.loadPdfJs, pdfUnavailable: this.pdfUnavailable, formatCitations: this.formatCitations! });
      }
    } catch (error) {
      // The build names every problem in the data itself; this is a file that could not be read
      // (moved or deleted since it was given) or a fault of the page.
      console.warn(`[kerjasama] <${this.localName}>: the build stopped: ${String(error)}`);
      result = { ok: false, problems: [{ file: '.', path: '$', message: `the build stopped: ${String(error)}` }] };
    }
    if (run !== this.run) return;
    this.result = result;
    this.working = false;
    this.setDownloads();
  }

  private removeFile(name: string): void {
    const files = new Map(this.files);
    files.delete(name);
    this.files = files;
    if (files.size) void this.rebuild();
    else this.clear();
  }

  private clear(): void {
    this.files = new Map();
    this.result = undefined;
    this.working = false;
    this.run++;
    this.setDownloads();
  }

  private setDownloads(): void {
    if (this.datasetUrl) URL.revokeObjectURL(this.datasetUrl);
    if (this.pageUrl) URL.revokeObjectURL(this.pageUrl);
    this.datasetUrl = this.pageUrl = undefined;
    if (!this.result?.ok) return;
    const { dataset } = this.result;
    const { languages, defaultLanguage } = datasetLanguages(dataset);
    if (!languages.includes(this.previewLang)) this.previewLang = defaultLanguage;
    this.datasetUrl = URL.createObjectURL(new Blob([JSON.stringify(dataset, null, 2) + '\n'], { type: 'application/json' }));
    this.pageUrl = URL.createObjectURL(new Blob([embedPage(previewElements(dataset), defaultLanguage)], { type: 'text/html' }));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.run++;
    if (this.datasetUrl) URL.revokeObjectURL(this.datasetUrl);
    if (this.pageUrl) URL.revokeObjectURL(this.pageUrl);
    this.datasetUrl = this.pageUrl = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Files given before the styles arrived are built once they have.
    // (Not while a build runs: a new way to build, set meanwhile, waits for the next files.)
    if ((changed.has('formatCitations') || changed.has('runBuild')) && this.canBuild && this.files.size && !this.result && !this.working) void this.rebuild();
  }

  private onPick(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (input.files?.length) void this.addFiles([...input.files]);
    input.value = '';
  }

  private onDragOver(event: DragEvent): void {
    event.preventDefault();
    this.over = true;
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    this.over = false;
    const files = event.dataTransfer?.files;
    if (files?.length) void this.addFiles([...files]);
  }

  private status(): string {
    const s = this.strings;
    if (!this.canBuild) return s.loading;
    if (this.working) return s.working;
    const r = this.result;
    if (!r) return s.ready;
    if (r.ok) return s.verified(r.quotes.length, r.dataset.sources.length);
    return s.failed(r.problems.length + this.refusedFiles().length);
  }

  private refusedFiles(): [string, string][] {
    const s = this.strings;
    return [...this.files.keys()].flatMap((name) => {
      const role = fileRole(name);
      return role.role === 'refused' ? [[name, role.reason === 'record-name' ? s.refusedName : s.refusedKind] as [string, string]] : [];
    });
  }

  override render() {
    const s = this.strings;
    return html`
      <p>${s.intro}</p>
      <p>${s.privacy}</p>
      <div class="drop ${this.over ? 'over' : ''}" @dragover=${this.onDragOver} @dragleave=${() => (this.over = false)} @drop=${this.onDrop}>
        <label for="pick">${s.pick}</label>
        <input id="pick" type="file" multiple accept=".yaml,.csv,.tsv,.txt,.md,.markdown,.html,.htm,.pdf" @change=${this.onPick} />
        <span>${s.drop}</span>
      </div>
      <p class="status" role="status">${this.status()}</p>
      ${this.renderProblems()} ${this.files.size ? this.renderFiles() : nothing} ${this.renderPreview()} ${this.renderDocuments()}
      <p><small>${s.references}</small></p>
    `;
  }

  private renderFiles() {
    const s = this.strings;
    return html`
      <h2>${s.files}</h2>
      <ul class="files">
        ${[...this.files.keys()].map(
          (name) => html`<li>
            ${name}
            <button type="button" aria-label=${s.remove(name)} title=${s.remove(name)} @click=${() => this.removeFile(name)}>×</button>
          </li>`,
        )}
      </ul>
      <button type="button" @click=${this.clear}>${s.clear}</button>
    `;
  }

  private renderProblems() {
    const s = this.strings;
    const problems: BuildProblem[] = this.result && !this.result.ok ? this.result.problems : [];
    const refused = this.refusedFiles();
    if (!problems.length && !refused.length) return nothing;
    return html`
      <h2>${s.problems}</h2>
      <ul class="problems">
        ${refused.map(([name, message]) => html`<li><strong>${name}</strong> ${message}</li>`)}
        ${problems.map((p) => {
          const file = p.file.replace(/^\.\//, '');
          const where = p.row !== undefined ? [`${s.row} ${p.row}`, ...(p.column ? [`${s.column} ${p.column}`] : [])].join(', ') : p.path === '$' ? '' : p.path;
          const record = p.recordId ? ` (${p.collection} "${p.recordId}")` : '';
          return html`<li><strong>${file}</strong>${where ? html`, <span class="where">${where}</span>` : nothing}${record}: ${p.message}</li>`;
        })}
      </ul>
    `;
  }

  private renderDocuments() {
    const r = this.result;
    if (!r?.documents?.size) return nothing;
    const quotes = r.ok ? r.quotes : [];
    return html`
      <h2>${this.strings.documents}</h2>
      ${[...r.documents].map(([file, doc]) => {
        if (typeof doc === 'string' || 'error' in doc) return nothing;
        const marked = markQuotes(
          doc.lines,
          quotes.filter((q) => q.file === file),
        );
        const pages = [...new Set(marked.map((l) => l.page))];
        return html`<section>
          <h3>${file}</h3>
          ${pages.map(
            (page) => html`${page === undefined ? nothing : html`<h4>${this.strings.page(page)}</h4>`}
              <ul class="lines">
                ${marked.filter((l) => l.page === page).map((l) => this.renderLine(l))}
              </ul>`,
          )}
        </section>`;
      })}
    `;
  }

  private renderLine(l: MarkedLine) {
    // The line number as text, not <ol>/<li value>: Chromium renumbers the items after each one
    // given a value, which for a document of 10 000 lines took 40 s.
    return html`<li><span class="n">${l.line}</span>${l.parts.map((p) => (p.mark ? html`<mark>${p.text}</mark>` : p.text))}</li>`;
  }

  private renderPreview() {
    const r = this.result;
    if (!r?.ok) return nothing;
    const s = this.strings;
    const elements = previewElements(r.dataset);
    const { languages } = datasetLanguages(r.dataset);
    return html`
      <h2>${s.preview}</h2>
      <p>
        <a class="download" href=${this.datasetUrl ?? ''} download="kerjasama.dataset.json">${s.download}</a>
        <a class="download" href=${this.pageUrl ?? ''} download="kerjasama.html">${s.downloadPage}</a>
      </p>
      <div class="preview">
        <div class="preview-controls">
          <label
            >${s.previewLanguage}
            <select @change=${(e: Event) => (this.previewLang = (e.target as HTMLSelectElement).value)}>
              ${languages.map((l) => html`<option value=${l} ?selected=${l === this.previewLang}>${languageName(l, this.locale)}</option>`)}
            </select></label
          >
          <label
            >${s.theme}
            <select @change=${(e: Event) => (this.previewTheme = (e.target as HTMLSelectElement).value as 'light' | 'dark')}>
              <option value="light" ?selected=${this.previewTheme === 'light'}>${s.light}</option>
              <option value="dark" ?selected=${this.previewTheme === 'dark'}>${s.dark}</option>
            </select></label
          >
        </div>
        ${
          // A new provider per language: the elements watch the page's lang attributes, which a
          // change inside this shadow root does not reach.
          keyed(
            this.previewLang,
            html`<kerjasama-data .data=${r.dataset} lang=${this.previewLang} theme=${this.previewTheme}>
              ${elements.map((e) => this.renderElement(e))}
            </kerjasama-data>`,
          )
        }
      </div>
    `;
  }

  private renderElement(e: PreviewElement) {
    const s = this.strings;
    const id = `embed-${e.tag}`;
    const attr = (name: string) => e.attributes.find(([n]) => n === name)?.[1];
    const element =
      e.tag === 'citation-badge'
        ? html`<p><citation-badge cite=${attr('cite')!}></citation-badge></p>`
        : e.tag === 'actor-card'
          ? html`<actor-card actor=${attr('actor')!}></actor-card>`
          : e.tag === 'cooperation-timeline'
            ? html`<cooperation-timeline controls></cooperation-timeline>`
            : e.tag === 'aid-flow-chart'
              ? html`<aid-flow-chart unit=${attr('unit')!}></aid-flow-chart>`
              : html`<reference-list all></reference-list>`;
    return html`<div class="element" data-tag=${e.tag}>
      ${element}
      <label for=${id}>${s.embedFor(e.tag)}</label>
      <textarea id=${id} readonly .value=${embedCode(e, 'kerjasama.dataset.json', this.previewLang)}></textarea>
    </div>`;
  }
}

/** A language's own name in the UI's language, with its tag: "Japanese (ja)". */
function languageName(tag: string, locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(tag);
    return name && name !== tag ? `${name} (${tag})` : tag;
  } catch {
    return tag;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kerjasama-dataset-builder': DatasetBuilder;
  }
}

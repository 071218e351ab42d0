/**
 * A LitElement that keeps its styles when it is moved into another document (`adoptNode` into an
 * iframe, as some page builders and previews do). Constructed stylesheets belong to the document
 * that made them: adopting one into a shadow root of another document throws `NotAllowedError`,
 * which left every part empty when moved while loading, and unstyled when moved after rendering.
 * Here each element adopts its styles as sheets made in its own document's window (one copy per
 * window and style, made on first need), both when its shadow root is created and when it moves.
 * Styles that load later (counselor mode's) are adopted after the static ones, by the same path.
 */
import { LitElement, type CSSResultOrNative } from 'lit';
import { property } from 'lit/decorators.js';
import type { TextLangs } from '../model/local-text.js';

const copies = new WeakMap<Window, Map<string, CSSStyleSheet>>();

function cssTextOf(style: CSSResultOrNative): string {
  return style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText;
}

/** The element's styles (its static ones, then `later`) as sheets its document may adopt. */
function sheetsFor(element: LitElement, later: readonly CSSResultOrNative[]): CSSStyleSheet[] {
  const styles = [...(element.constructor as typeof LitElement).elementStyles, ...later];
  const own = styles.map((s) => (s instanceof CSSStyleSheet ? s : s.styleSheet)).filter((s): s is CSSStyleSheet => Boolean(s));
  const view = element.ownerDocument.defaultView;
  if (!view || view === window || own.every((sheet) => sheet instanceof view.CSSStyleSheet)) return own;
  let byText = copies.get(view);
  if (!byText) copies.set(view, (byText = new Map<string, CSSStyleSheet>()));
  return styles.map((style) => {
    const text = cssTextOf(style);
    let sheet = byText.get(text);
    if (!sheet) {
      sheet = new view.CSSStyleSheet();
      sheet.replaceSync(text);
      byText.set(text, sheet);
    }
    return sheet;
  });
}

export class PortableElement extends LitElement {
  private later: readonly CSSResultOrNative[] = [];

  /** Adopts `styles` after the static ones (styles loaded on demand: `static styles` cannot grow); an empty list takes them away. */
  protected adoptLater(styles: readonly CSSResultOrNative[]) {
    if (styles.length === this.later.length && styles.every((style, i) => style === this.later[i])) return;
    this.later = styles;
    if (this.shadowRoot) this.shadowRoot.adoptedStyleSheets = sheetsFor(this, styles);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // As LitElement's own createRenderRoot does (it runs from connectedCallback, not the constructor).
    // eslint-disable-next-line wc/attach-shadow-constructor
    const root = this.shadowRoot ?? this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
    root.adoptedStyleSheets = sheetsFor(this, this.later);
    return root;
  }

  /** Moved into another document: adopt the styles again, as sheets of that document. */
  adoptedCallback() {
    if (this.shadowRoot) this.shadowRoot.adoptedStyleSheets = sheetsFor(this, this.later);
  }
}

/** A part of the widget that shows dataset or clinic text. */
export class TextPart extends PortableElement {
  /**
   * The dataset and clinic texts shown in another language than the widget's, for `bidi()` (set
   * by the root; see `TextLangs`). Declared once here for every part that shows such text.
   */
  @property({ attribute: false }) langs?: TextLangs;
}

/**
 * What the person takes away: printing the summary (alone, or with the evidence after it) and,
 * with `persist="url"`, copying a link to the state (shown to copy by hand where the clipboard is
 * refused).
 */
import type { ReactiveControllerHost } from 'lit';
import type { UrlState } from '../model/url-state.js';
import type { UrlStateController } from './url-state.js';

type Host = ReactiveControllerHost & { readonly renderRoot: ParentNode };

export class TakeAwayController {
  /** While printing with the evidence: the summary gets the compact grid and the sources after it. */
  printEvidence = false;

  constructor(
    private readonly host: Host,
    private readonly url: UrlStateController,
    /** What a link to the state carries now. */
    private readonly link: () => UrlState,
  ) {}

  /** The take-away controls' input: whether there is a link to copy, its status, and the handlers. */
  input(persists: boolean) {
    const { onPrint, onPrintEvidence, onCopy } = this;
    return { persists, copyStatus: this.url.copyStatus, copyText: this.url.copyText, onPrint, onPrintEvidence, onCopy };
  }

  private onPrint = () => window.print();

  /**
   * Prints the summary with the evidence after it, then goes back to the summary alone once the
   * print dialog closes (`afterprint`: some browsers return from `print()` before printing).
   */
  private onPrintEvidence = () => void this.printWithEvidence();

  private async printWithEvidence() {
    this.setPrintEvidence(true);
    await this.host.updateComplete;
    window.addEventListener('afterprint', () => this.setPrintEvidence(false), { once: true });
    window.print();
  }

  private setPrintEvidence(on: boolean) {
    this.printEvidence = on;
    this.host.requestUpdate();
  }

  private onCopy = () => void this.copyLink();

  private async copyLink() {
    await this.url.copy(this.link());
    if (this.url.copyStatus !== 'fallback') return;
    await this.host.updateComplete;
    const field = this.host.renderRoot.querySelector<HTMLInputElement>('#tc-copy-field');
    field?.focus();
    field?.select();
  }
}

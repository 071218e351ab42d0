import { css } from 'lit';
import { shared, tokens } from '../../styles/tokens.js';

/**
 * Look of `<tc-clinic-facts>`: the clinic's facts as a dashed table (wide) or one list per option
 * (37.5 em, 600 px at 16 px, or narrower, chosen by a container query; the table when printing).
 * In em so that a theme's larger text gets the lists sooner instead of option names broken mid-word.
 */
export const clinicFactsStyles = [
  tokens,
  shared,
  css`
    :host {
      container-type: inline-size;
    }
    .provenance {
      font-weight: 600;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      table-layout: fixed;
    }
    caption {
      text-align: start;
      padding: 0 0 0.5em;
    }
    th,
    td {
      border: 1px dashed var(--_border);
      padding: 0.5em 0.6em;
      vertical-align: top;
      text-align: start;
      overflow-wrap: anywhere;
    }
    thead th,
    tbody th {
      font-weight: 600;
    }
    .none {
      color: var(--_muted);
    }
    .list {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .list > li {
      border: 1px dashed var(--_border);
      border-radius: var(--_radius);
      padding: 0.5em 0.75em;
      margin: 0 0 0.5em;
    }
    .list h4 {
      margin: 0 0 0.3em;
    }
    dl {
      margin: 0;
      display: grid;
      grid-template-columns: minmax(6em, max-content) 1fr;
      gap: 0.2em 0.75em;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .contact {
      margin: 0.75em 0 0;
    }
    .contact a {
      display: inline-flex;
      align-items: center;
      min-height: var(--_target);
    }
    .narrow {
      display: none;
    }
    @container (max-width: 37.5em) {
      .wide {
        display: none;
      }
      .narrow {
        display: block;
      }
    }
    @media print {
      .narrow {
        display: none;
      }
      .wide {
        display: block;
      }
    }
  `,
];

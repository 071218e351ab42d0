/**
 * The setup page (demo/setup.html): the form, the live widget, the code to copy, loading a pasted
 * snippet, and checking a dataset file. Everything happens in this browser; nothing is sent anywhere.
 */
import '../../src/index.js';
import { render } from 'lit';
import { version } from '../../package.json';
import { validateClinic } from '../../src/model/clinic.js';
import { catalog } from './catalog.js';
import { setUpDatasetCheck } from './dataset-check.js';
import { stateFromFields } from './form-data.js';
import { formView } from './form-view.js';
import { loadIntegrity } from './integrity.js';
import { fieldIssue, type FieldIssue } from './issue-fields.js';
import { showPreview } from './preview.js';
import { readSnippet } from './read-snippet.js';
import { setUpSnippetPanels, updateSnippets } from './snippet-panels.js';
import { stateFromSnippet } from './snippet-state.js';
import { defaultState, settingsProblems, toAttributes, toClinic, type SetupState } from './state.js';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = byId<HTMLFormElement>('setup-form');
const optionIds = catalog.options.map((o) => o.id);

let state: SetupState = defaultState(catalog);
let integrity: Record<string, string> | undefined;
let previewTimer: ReturnType<typeof setTimeout> | undefined;
let previewKey = '';

function update() {
  const attributes = toAttributes(state, catalog);
  const clinic = toClinic(state.clinic, catalog);
  const checked = clinic && validateClinic(clinic, optionIds);
  const issues: FieldIssue[] = [...settingsProblems(state), ...(checked && !checked.ok ? checked.errors.map(fieldIssue) : [])];
  render(formView(state, catalog, issues), form);
  const count = issues.length;
  byId('problem-count').textContent = count
    ? `${count} problem${count === 1 ? '' : 's'} to fix in the form above. Until then, the code below will not show patients what you want.`
    : '';
  updateSnippets({ version, attributes, clinic, integrity });
  // The widget is made afresh a moment after the last key press, not on every one.
  const key = JSON.stringify([attributes, clinic]);
  if (key === previewKey) return;
  previewKey = key;
  clearTimeout(previewTimer);
  previewTimer = setTimeout(() => showPreview(byId('preview'), attributes, clinic), 150);
}

const readForm = () => {
  state = stateFromFields(new FormData(form), catalog);
  update();
};
form.addEventListener('input', readForm);
form.addEventListener('change', readForm);
form.addEventListener('submit', (event) => event.preventDefault());

byId('load-snippet').addEventListener('click', () => {
  const status = byId('load-status');
  const parts = readSnippet(byId<HTMLTextAreaElement>('paste-snippet').value);
  if ('error' in parts) {
    status.replaceChildren(parts.error);
    return;
  }
  const loaded = stateFromSnippet(parts, catalog);
  state = loaded.state;
  update();
  const list = document.createElement('ul');
  for (const note of loaded.notes) list.append(Object.assign(document.createElement('li'), { textContent: note }));
  status.replaceChildren(
    loaded.notes.length ? 'Loaded into the form, except:' : 'Loaded into the form. Check it above.',
    ...(loaded.notes.length ? [list] : []),
  );
});

setUpSnippetPanels(byId('snippet-tabs-host'));
setUpDatasetCheck(byId('dataset-file'), byId('dataset-zone'), byId('dataset-report'), optionIds);
byId('version').textContent = version;
update();
void loadIntegrity(document.body.dataset.integrity ?? '/dist/cdn/integrity.json').then((hashes) => {
  integrity = hashes;
  update();
});

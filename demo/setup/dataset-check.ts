/**
 * A dataset or clinic file, chosen or dropped anywhere on the page, read here with File.text()
 * (never uploaded) and checked as `npx treatment-compare validate FILE` checks it, with its lines.
 */
import { checkFileText, reportLines, tooLargeMessage } from '../../src/check-report.js';
import { MAX_DATASET_CHARS } from '../../src/model/dataset.js';

/** The most bytes a file of MAX_DATASET_CHARS characters can take (4 a character in UTF-8, and a byte order mark). */
const MAX_BYTES = MAX_DATASET_CHARS * 4 + 3;

export async function checkFile(file: File, optionIds: readonly string[]): Promise<{ lines: string[]; failed: boolean }> {
  if (file.size > MAX_BYTES) return { lines: reportLines(file.name, 'file', [tooLargeMessage(MAX_DATASET_CHARS)]), failed: true };
  const text = await file.text();
  return checkFileText(file.name, text.startsWith('\uFEFF') ? text.slice(1) : text, optionIds);
}

export function setUpDatasetCheck(input: HTMLInputElement, zone: HTMLElement, report: HTMLElement, optionIds: readonly string[]) {
  const show = async (file: File | undefined) => {
    if (!file) return;
    report.textContent = `Checking ${file.name}…`;
    const { lines, failed } = await checkFile(file, optionIds);
    report.textContent = lines.join('\n');
    report.dataset.result = failed ? 'failed' : 'valid';
  };
  input.addEventListener('change', () => void show(input.files?.[0]));
  // Anywhere on the page: a file dropped elsewhere would otherwise make the browser open it.
  document.addEventListener('dragover', (event) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    zone.classList.add('dragging');
  });
  document.addEventListener('dragleave', (event) => {
    if (!event.relatedTarget) zone.classList.remove('dragging');
  });
  document.addEventListener('drop', (event) => {
    if (!event.dataTransfer?.files.length) return;
    event.preventDefault();
    zone.classList.remove('dragging');
    void show(event.dataTransfer.files[0]);
  });
}

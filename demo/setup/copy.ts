/**
 * Copy with the Clipboard API; where the browser refuses, the code is selected in its read-only
 * box and the person is told to press Ctrl+C.
 */
export async function copyCode(box: HTMLTextAreaElement, status: HTMLElement) {
  try {
    await navigator.clipboard.writeText(box.value);
    status.textContent = 'Copied. Paste it into your page where the comparison should appear.';
  } catch {
    box.focus();
    box.select();
    status.textContent = 'Your browser did not let this page copy. The code is selected: press Ctrl+C (on a Mac, Command+C) to copy it.';
  }
}

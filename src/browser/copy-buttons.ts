/**
 * The copy buttons (their markup: src/components/CopyButton.astro): each
 * copies the text of the element it names (`data-copy-from`, an id) to the
 * clipboard and says so in the live region after it. Rendered disabled, so
 * an early click is never silently lost; enabled here.
 */

/** Wires up every copy button of the page. */
export function bootCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-from]')) {
    button.addEventListener('click', async () => {
      const status = button.nextElementSibling;
      try {
        await navigator.clipboard.writeText(document.getElementById(button.dataset.copyFrom ?? '')?.textContent ?? '');
        if (status) status.textContent = 'Copied';
      } catch {
        if (status) status.textContent = 'Copy failed; select the text instead';
      }
      setTimeout(() => status && (status.textContent = ''), 2500);
    });
    button.disabled = false;
  }
}

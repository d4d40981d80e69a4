/**
 * Escape text for HTML or XML text content: `&`, `<` and `>`. The one
 * escaper of the site's hand-made markup (feeds, sitemap); pages are escaped
 * by Astro, browser code sets `textContent`.
 */
export function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

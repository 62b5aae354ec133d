// Item text as Hub stores it: HTML written in its editor.
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Paragraphs as Hub's editor writes them; the last one links to more information. */
export function descriptionHtml(paragraphs: readonly string[], moreUrl: string): string {
  const body = paragraphs.map((p, i) => (i === 0 ? `<p><span style='font-family:&quot;Avenir Next W01&quot;, sans-serif;'>${escapeHtml(p)}</span></p>` : `<p>${escapeHtml(p)}<br /></p>`));
  return `${body.join('')}<p>For more information, please visit <a href='${moreUrl}' rel='nofollow ugc' target='_blank'>${moreUrl}</a></p>`;
}

export const DISCLAIMER_HTML =
  "<p><u><font size='2'>DISCLAIMER:</font></u></p> <p><font size='2'>For data delivered on-line or by physical media by the Manitoba Government:</font></p> <p><font size='2'>These data may be subject to periodic change without prior notification.</font></p> <p><font size='2'>No Warranty: These data are provided as is, without any warranty.</font></p>";

export function licenceLinkHtml(url: string, text: string): string {
  return `<a href='${url}' rel='nofollow ugc' target='_blank'>${text}</a>`;
}

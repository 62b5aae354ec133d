// Harvested descriptions rendered safely: whatever a portal sends, the output holds only allowed
// elements, no attribute but href (http/https/ftp) and rel, and no script.
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { XSS_CORPUS } from '../browser/helpers/xss-corpus.js';
import { markdownToSafeHtml, plainTextToHtml, renderRichText, richTextKind, sanitizeDescriptionHtml } from '../../src/web/render/rich-text.js';

const ALLOWED = new Set(['p', 'br', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'a', 'code', 'pre', 'blockquote', 'h3', 'h4', 'h5', 'h6', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td']);

interface Element {
  name: string;
  attribs: Record<string, string>;
}

/** Every element of the output as a browser's tokenizer would see it. */
function elements(markup: string): Element[] {
  const found: Element[] = [];
  const parser = new Parser({ onopentag: (name, attribs) => found.push({ name, attribs }) }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.write(markup);
  parser.end();
  return found;
}

/** The checks every output must pass, whatever went in. */
function expectSafe(markup: string): void {
  for (const element of elements(markup)) {
    expect(ALLOWED.has(element.name), `element <${element.name}> in ${markup}`).toBe(true);
    for (const [name, value] of Object.entries(element.attribs)) {
      expect(element.name === 'a' && (name === 'href' || name === 'rel'), `attribute ${name} on <${element.name}> in ${markup}`).toBe(true);
      if (name === 'href') expect(['http:', 'https:', 'ftp:']).toContain(new URL(value).protocol);
      if (name === 'rel') expect(value).toBe('nofollow noopener noreferrer');
    }
  }
  // Text may say anything once escaped (every `<` of text is `&lt;`); the tags may not.
  const tags = (markup.match(/<[^>]*>?/g) ?? []).join(' ');
  expect(tags).not.toMatch(/<\/?(?:script|iframe|svg|style|img|form|input|object|embed|math)/i);
  expect(tags).not.toMatch(/\son[a-z]+\s*=/i);
  expect(tags).not.toMatch(/javascript|vbscript|data:/i);
}

// Markup that tries to run script, load something or escape the sanitizer.
const HOSTILE_HTML = [
  '<p>Roads</p><script>alert(1)</script>',
  '<SCRIPT SRC=https://evil.example/x.js></SCRIPT><p>Roads</p>',
  '<p>Roads <img src=x onerror=alert(1)></p>',
  '<p onclick="alert(1)" onmouseover=alert(1)>Roads</p>',
  '<a href="javascript:alert(1)">Roads</a>',
  '<a href="JaVaScRiPt:alert(1)">Roads</a>',
  '<a href="  javascript:alert(1)">Roads</a>',
  '<a href="java\tscript:alert(1)">Roads</a>',
  '<a href="java&#x09;script:alert(1)">Roads</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">Roads</a>',
  '<a href="&#x6A;avascript&colon;alert(1)">Roads</a>',
  '<a href="javascript&#58;alert(1)">Roads</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">Roads</a>',
  '<a href="vbscript:msgbox(1)">Roads</a>',
  '<a href="//evil.example/steal">Roads</a>',
  '<a href="https://ok.example/" onclick="alert(1)" target="_blank" style="color:red">Roads</a>',
  '<svg onload=alert(1)><circle r=4 /></svg><p>Roads</p>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text>Roads</text></a></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<style>body { display: none }</style><p>Roads</p>',
  '<p style="background:url(javascript:alert(1))">Roads</p>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><input onfocus=alert(1) autofocus><button formaction="javascript:alert(1)">Go</button></form>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<<script>script>alert(1)<</script>/script>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<!--<img src=x onerror=alert(1)>--><p>Roads</p>',
  '<![CDATA[<script>alert(1)</script>]]>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)"><base href="javascript:alert(1)//">',
  '<link rel="stylesheet" href="https://evil.example/x.css"><p>Roads</p>',
  '<details open ontoggle=alert(1)><summary>Roads</summary></details>',
  '<video><source onerror="alert(1)"></video><audio src=x onerror=alert(1)>',
  '<table background="javascript:alert(1)"><tr><td>Roads</td></tr></table>',
  '<p>Roads</p><img src="https://tracker.example/pixel.gif">',
  '<a href="https://ok.example/a"><a href="javascript:alert(1)">Roads</a></a>',
  '<div><p>Roads <b onmouseover="alert(1)">bold</b></p></div>',
  '<template><script>alert(1)</script></template><p>Roads</p>',
];

const HOSTILE_MARKDOWN = [
  '[Roads](javascript:alert(1))',
  '[Roads](JAVASCRIPT:alert(1))',
  '[Roads](  javascript:alert(1)  )',
  '[Roads](&#106;avascript:alert(1))',
  '[Roads](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[Roads](vbscript:msgbox(1))',
  '[Roads][1]\n\n[1]: javascript:alert(1)',
  '<javascript:alert(1)>',
  '![Roads](https://tracker.example/x.png)',
  '![Roads](x" onerror="alert(1))',
  '**Roads** <img src=x onerror=alert(1)>',
  '# Roads\n\n<script>alert(1)</script>',
  '- Roads\n- <a href="javascript:alert(1)">x</a>',
  '`<script>alert(1)</script>`',
  '[Roads](https://ok.example/ "title\\" onclick=\\"alert(1)")',
  '> **Roads**\n> <iframe src="javascript:alert(1)"></iframe>',
];

describe('rich text', () => {
  it('tells HTML, Markdown and plain text apart', () => {
    expect(richTextKind('<p>Roads</p>')).toBe('html');
    expect(richTextKind('Roads<br/>and rails')).toBe('html');
    expect(richTextKind('See [the guide](https://ok.example) for **more**.')).toBe('markdown');
    expect(richTextKind('- first\n- second')).toBe('markdown');
    expect(richTextKind('Roads and rails.\n\nSecond paragraph, 3 < 4 and 5 > 2.')).toBe('text');
  });

  it.each(HOSTILE_HTML)('sanitizes hostile HTML: %s', (input) => {
    for (const out of [sanitizeDescriptionHtml(input).value, renderRichText(input).value, markdownToSafeHtml(input).value]) expectSafe(out);
  });

  it.each(HOSTILE_MARKDOWN)('renders hostile Markdown safely: %s', (input) => {
    expectSafe(markdownToSafeHtml(input).value);
    expectSafe(renderRichText(input).value);
  });

  it('keeps the text of what it removes, but not that of scripts and styles', () => {
    const out = sanitizeDescriptionHtml('<p>Roads <span style="x">and <u>rails</u></span></p><script>alert("gone")</script><style>.gone{}</style>').value;
    expect(out).toBe('<p>Roads and rails</p>');
    expect(sanitizeDescriptionHtml('<a href="javascript:alert(1)">Roads</a>').value).toBe('Roads');
    expect(sanitizeDescriptionHtml('<a href="/local/page">Roads</a>').value).toBe('Roads');
    // No empty paragraph where an image or a script stood.
    expect(renderRichText('Roads\n\n<img src=x onerror=alert(1)>\n\n<script>alert(1)</script>\n\n**Rails**').value.replace(/\n/g, '')).toBe('<p>Roads</p><p><strong>Rails</strong></p>');
  });

  it('keeps formatting, links with rel, tables, and moves headings below the page headings', () => {
    const out = sanitizeDescriptionHtml(
      '<h1>Title</h1><h2>Part</h2><h4>Sub</h4><p>See <a href="https://ok.example/guide?a=1&amp;b=2" title="x">the guide</a> or <a href="ftp://ftp.ok.example/x.zip">FTP</a>.</p>' +
        '<ul><li><strong>One</strong></li><li><em>Two</em></li></ul><table><thead><tr><th>A</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table><pre><code>x &lt; y</code></pre>',
    ).value;
    expect(out).toContain('<h3>Title</h3><h3>Part</h3><h4>Sub</h4>');
    expect(out).toContain('<a href="https://ok.example/guide?a=1&amp;b=2" rel="nofollow noopener noreferrer">the guide</a>');
    expect(out).toContain('<a href="ftp://ftp.ok.example/x.zip" rel="nofollow noopener noreferrer">FTP</a>');
    expect(out).toContain('<ul><li><strong>One</strong></li><li><em>Two</em></li></ul>');
    expect(out).toContain('<table><thead><tr><th>A</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>');
    expect(out).toContain('<pre><code>x &lt; y</code></pre>');
    expectSafe(out);
  });

  it('renders Markdown lists, emphasis and links', () => {
    const out = renderRichText('Roads of **Alberta**:\n\n- highways\n- [bridges](https://ok.example/bridges)').value;
    expect(out).toContain('<strong>Alberta</strong>');
    expect(out).toMatch(/<ul>\s*<li>highways<\/li>\s*<li><a href="https:\/\/ok\.example\/bridges" rel="nofollow noopener noreferrer">bridges<\/a><\/li>\s*<\/ul>/);
  });

  it('escapes plain text into paragraphs with line breaks', () => {
    expect(plainTextToHtml('First line\nsecond line\n\n\nNext <b>not bold</b> & "quoted"').value).toBe(
      '<p>First line<br>second line</p><p>Next &lt;b&gt;not bold&lt;/b&gt; &amp; &quot;quoted&quot;</p>',
    );
    expect(renderRichText('3 < 4 and 5 > 2').value).toBe('<p>3 &lt; 4 and 5 &gt; 2</p>');
    expect(plainTextToHtml('  \n\n ').value).toBe('');
  });

  it('renders every payload of the XSS corpus safely in every mode, and keeps its elements when sanitized again', () => {
    for (const { text } of XSS_CORPUS) {
      for (const render of [renderRichText, sanitizeDescriptionHtml, markdownToSafeHtml, plainTextToHtml]) {
        const out = render(text).value;
        expectSafe(out);
        // A sanitizer whose output parses into other elements a second time is open to mutation XSS.
        expect(elements(sanitizeDescriptionHtml(out).value), text).toEqual(elements(out));
      }
    }
  });
});

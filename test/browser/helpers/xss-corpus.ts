// XSS payloads from the field (the families of OWASP's filter evasion cheat sheet, mXSS and
// JSON/template breakouts), written for Federa. Each calls `__xss(<its number>)` if it ever runs,
// so that a test knows which one got through. Numbers, not strings: a quote in the marker would
// change what a payload tests.

export interface XssPayload {
  /** `p01`…: unique, also put in the record's id so that a page names what it shows. */
  id: string;
  /** The number the payload passes to `__xss`. */
  n: number;
  family: string;
  text: string;
}

/** The function every payload calls: a test defines it in the page and records its calls. */
export const XSS_MARKER = '__xss';

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

// [family, payload for number n]
const TEMPLATES: Array<[string, (call: string, n: number) => string]> = [
  ['script tag', (c) => `<script>${c}</script>`],
  ['script tag, upper case', (c) => `<SCRIPT>${c}</SCRIPT>`],
  ['script tag, mixed case', (c) => `<ScRiPt>${c}</sCrIpT>`],
  ['script tag, split by a filter', (c) => `<scr<script>ipt>${c}</scr</script>ipt>`],
  ['script tag, doubled bracket', (c) => `<<script>${c};//<</script>`],
  ['script tag, data src', (c) => `<script src="data:text/javascript,${c}"></script>`],
  ['script tag, module type', (c) => `<script type="module">${c}</script>`],
  ['script tag, unclosed', (c) => `<script>${c}//`],
  ['img onerror', (c) => `<img src=x onerror=${c}>`],
  ['img onerror, upper case', (c) => `<IMG SRC=x ONERROR="${c}">`],
  ['img onerror, entity-encoded handler', (_c, n) => `<img src=x onerror="&#95;&#95;xss&#40;${n}&#41;">`],
  ['img, slashes as separators', (c) => `<img/src=x/onerror=${c}>`],
  ['svg onload', (c) => `<svg onload=${c}>`],
  ['svg onload, slash separator', (c) => `<svg/onload=${c}>`],
  ['svg script', (c) => `<svg><script>${c}</script></svg>`],
  ['svg animate onbegin', (c) => `<svg><animate onbegin=${c} attributeName=x dur=1s>`],
  ['svg link xlink:href', (c) => `<svg><a xlink:href="javascript:${c}"><text x="20" y="20">svg link</text></a></svg>`],
  ['body onload', (c) => `<body onload=${c}>`],
  ['details ontoggle', (c) => `<details open ontoggle=${c}><summary>s</summary></details>`],
  ['video source onerror', (c) => `<video><source onerror=${c}></video>`],
  ['video onerror', (c) => `<video src=x onerror=${c}></video>`],
  ['audio onerror', (c) => `<audio src=x onerror=${c}></audio>`],
  ['input autofocus onfocus', (c) => `<input autofocus onfocus=${c}>`],
  ['contenteditable autofocus onfocus', (c) => `<x contenteditable autofocus onfocus=${c}>x</x>`],
  ['marquee onstart', (c) => `<marquee onstart=${c}>m</marquee>`],
  ['link with an onclick', (c) => `<a href="https://example.org/" onclick="${c}">ok</a>`],
  ['broken quoting, double', (c) => `"><img src=x onerror=${c}>`],
  ['broken quoting, single', (c) => `'><svg onload=${c}>`],
  ['attribute injection, double', (c) => `" onmouseover="${c}" autofocus onfocus="${c}" x="`],
  ['attribute injection, single', (c) => `' autofocus onfocus='${c}' x='`],
  ['malformed quotes', (c) => `<img """><script>${c}</script>">`],
  ['javascript: link', (c) => `<a href="javascript:${c}">js link</a>`],
  ['JaVaScRiPt: link', (c) => `<a href="JaVaScRiPt:${c}">js link</a>`],
  ['tab in scheme', (c) => `<a href="java&#x09;script:${c}">js link</a>`],
  ['decimal entity scheme', (c) => `<a href="&#106;avascript:${c}">js link</a>`],
  ['hex entities scheme', (c) => `<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;${c}">js link</a>`],
  ['leading control and space', (c) => `<a href=" &#14;  javascript:${c}">js link</a>`],
  ['newline in scheme', (c) => `<a href="jav&#x0A;ascript:${c}">js link</a>`],
  ['data:text/html link', (c) => `<a href="data:text/html,<script>${c}</script>">data link</a>`],
  ['data:text/html base64 link', (c) => `<a href="data:text/html;base64,${base64(`<script>${c}</script>`)}">data link</a>`],
  ['vbscript: link', (c) => `<a href="vbscript:${c}">vb link</a>`],
  ['markdown link', (c) => `[md link](javascript:${c})`],
  ['markdown link, mixed case', (c) => `[md link](JaVaScRiPt:${c})`],
  ['markdown link, entity', (c) => `[md link](&#106;avascript:${c})`],
  ['markdown image', (c) => `![md image](javascript:${c})`],
  ['markdown image onerror', (c) => `![x" onerror="${c}](x)`],
  ['markdown reference link', (c) => `[ref link][r]\n\n[r]: javascript:${c}`],
  ['markdown autolink', (c) => `<javascript:${c}>`],
  ['markdown data link', (c) => `[md data](data:text/html;base64,${base64(`<script>${c}</script>`)})`],
  ['html comment', (c) => `<!--<img src="--><img src=x onerror=${c}//">`],
  ['CDATA in svg', (c) => `<svg><![CDATA[><image xlink:href="]]><img src=x onerror=${c}>`],
  ['textarea breakout', (c) => `</textarea><script>${c}</script>`],
  ['title breakout', (c) => `</title><script>${c}</script>`],
  ['style breakout', (c) => `</style><script>${c}</script>`],
  ['noscript mXSS', (c) => `<noscript><p title="</noscript><img src=x onerror=${c}>">`],
  ['iframe srcdoc', (c) => `<iframe srcdoc="<script>parent.${c}</script>"></iframe>`],
  ['iframe javascript: src', (c) => `<iframe src="javascript:parent.${c}"></iframe>`],
  ['math mglyph style mXSS', (c) => `<math><mtext><table><mglyph><style><img src=x onerror=${c}>`],
  ['svg style mXSS', (c) => `<svg></p><style><a id="</style><img src=1 onerror=${c}>">`],
  ['math xlink:href', (c) => `<math><mi xlink:href="javascript:${c}">math link</mi></math>`],
  ['form mXSS', (c) => `<form><math><mtext></form><form><mglyph><style></math><img src=x onerror=${c}>`],
  ['script breakout (JSON-LD)', (c) => `</script><script>${c}</script>`],
  ['script breakout, upper case', (c) => `</SCRIPT ><script>${c}</script>`],
  ['line separator', (c) => `\u2028\u2029";${c};//</script><script>${c}</script>`],
  ['template literal', (c) => `\${${c}}\`;${c};\``],
  ['JSON breakout', (c) => `"}]};${c};//`],
  ['CSS expression', (c) => `<div style="width:expression(${c})">css</div>`],
  ['CSS url javascript', (c) => `<div style="background:url(javascript:${c})">css</div>`],
  ['style import', (c) => `<style>@import 'javascript:${c}';</style>`],
  ['meta refresh', (c) => `<meta http-equiv="refresh" content="0;url=javascript:${c}">`],
  ['meta refresh, data', (c) => `<meta http-equiv="refresh" content="0;url=data:text/html;base64,${base64(`<script>${c}</script>`)}">`],
  ['base href', (c) => `<base href="javascript:${c}//">`],
  ['form action', (c) => `<form action="javascript:${c}"><button>go</button></form>`],
  ['button formaction', (c) => `<button form="x" formaction="javascript:${c}">go</button>`],
  ['object data', (c) => `<object data="javascript:${c}"></object>`],
  ['embed src', (c) => `<embed src="javascript:${c}">`],
  ['link stylesheet', (c) => `<link rel=stylesheet href="javascript:${c}">`],
  ['bare javascript: URL', (c) => `javascript:${c}`],
  ['bare JaVaScRiPt: URL with a tab', (c) => `  JaVa\tScRiPt:${c}`],
  ['bare data: URL', (c) => `data:text/html;base64,${base64(`<script>${c}</script>`)}`],
  ['bare vbscript: URL', (c) => `vbscript:${c}`],
];

export const XSS_CORPUS: readonly XssPayload[] = TEMPLATES.map(([family, make], i) => {
  const n = i + 1;
  return { id: `p${String(n).padStart(2, '0')}`, n, family, text: make(`${XSS_MARKER}(${n})`, n) };
});

/** Text that would move a terminal's cursor, retitle its window or recolour it: harvested text
 * printed by the CLI must carry none of it. */
export const TERMINAL_PAYLOADS: readonly string[] = [
  '\x1b[2J\x1b[H',
  '\x1b]0;owned title\x07',
  '\x1b[31mred\x1b[0m',
  '\x9b31m',
  '\x9d0;c1 title\x9c',
  'back\x08\x08\x08\x08',
  'bell\x07',
];

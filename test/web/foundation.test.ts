// The web face's frame: language negotiation, paths in both languages, escaping, headers, errors.
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { escapeHtml, html, safeUrl, trusted } from '../../src/web/html.js';
import { preferredLang, webRoutes, type WebDeps } from '../../src/web/server.js';
import { pagePath, translatePath } from '../../src/web/urls.js';

const deps = { store: {}, search: async () => ({ total: 0, page: 1, size: 20, results: [], facets: {} }) } as unknown as WebDeps;

async function app() {
  const server = Fastify({ routerOptions: { ignoreTrailingSlash: true } });
  await server.register(webRoutes(deps));
  return server;
}

describe('html', () => {
  it('escapes interpolated text but not trusted markup or nested templates', () => {
    const evil = '<script>alert("x")</script>';
    const out = html`<p title="${evil}">${evil}${html`<b>${'&'}</b>`}${trusted('<i>ok</i>')}${[1, '<2>']}${undefined}${false}</p>`.value;
    expect(out).toBe('<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;<b>&amp;</b><i>ok</i>1&lt;2&gt;</p>');
    expect(escapeHtml(`'`)).toBe('&#39;');
  });

  it('follows only http, https and ftp links', () => {
    expect(safeUrl('https://example.ca/a b')).toBe('https://example.ca/a%20b');
    expect(safeUrl('ftp://ftp.example.ca/x.zip')).toBe('ftp://ftp.example.ca/x.zip');
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>', 'vbscript:x', '/relative', '']) expect(safeUrl(bad)).toBeUndefined();
  });
});

describe('paths', () => {
  it('gives every page a path in each language and translates between them', () => {
    expect(pagePath('fr', 'dataset', 'src:a/b')).toBe('/fr/jeux-de-donnees/src%3Aa%2Fb');
    expect(pagePath('en', 'search', undefined, { q: 'eau', format: ['CSV', 'JSON'], empty: '' })).toBe('/en/search?q=eau&format=CSV&format=JSON');
    expect(translatePath('/en/search?q=water&page=2')).toBe('/fr/recherche?q=water&page=2');
    expect(translatePath('/fr/jeux-de-donnees/src%3Aa')).toBe('/en/datasets/src%3Aa');
    expect(translatePath('/fr/')).toBe('/en/');
    expect(translatePath('/en')).toBe('/fr/');
    expect(translatePath('/de/search')).toBeUndefined();
    expect(translatePath('/en/nowhere')).toBeUndefined();
  });

  it('negotiates the language from Accept-Language, English by default', () => {
    expect(preferredLang('fr-CA,fr;q=0.9,en;q=0.5')).toBe('fr');
    expect(preferredLang('en-GB,fr;q=0.8')).toBe('en');
    expect(preferredLang('de-DE,fr;q=0.3')).toBe('fr');
    expect(preferredLang('de-DE')).toBe('en');
    expect(preferredLang(undefined)).toBe('en');
  });
});

describe('web routes', () => {
  it('redirects / by Accept-Language', async () => {
    const server = await app();
    const fr = await server.inject({ url: '/', headers: { 'accept-language': 'fr-CA,fr;q=0.9' } });
    expect(fr.statusCode).toBe(303);
    expect(fr.headers.location).toBe('/fr/');
    expect(fr.headers.vary).toContain('Accept-Language');
    expect((await server.inject({ url: '/' })).headers.location).toBe('/en/');
  });

  it('serves pages with lang, a skip link, the toggle to the same page and a strict CSP', async () => {
    const server = await app();
    const page = await server.inject({ url: '/fr/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<html lang="fr">');
    expect(page.body).toMatch(/<a class="skip-link" href="#main">Passer au contenu principal<\/a>/);
    expect(page.body).toMatch(/<a class="lang-toggle" href="\/en\/" hreflang="en" lang="en"/);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers an unknown page with a 404 page in its language', async () => {
    const server = await app();
    const en = await server.inject({ url: '/en/nowhere' });
    expect(en.statusCode).toBe(404);
    expect(en.body).toContain('Page not found');
    const fr = await server.inject({ url: '/fr/nulle-part' });
    expect(fr.statusCode).toBe(404);
    expect(fr.body).toContain('Page introuvable');
    expect(fr.body).toContain('<html lang="fr">');
  });

  it('serves the hashed assets with long caching, and 404 for others', async () => {
    const server = await app();
    const page = await server.inject({ url: '/en/' });
    const css = /href="(\/assets\/styles\.[0-9a-f]{10}\.css)"/.exec(page.body)?.[1];
    expect(css).toBeDefined();
    const asset = await server.inject({ url: css! });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toContain('text/css');
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await server.inject({ url: '/assets/styles.0000000000.css' })).statusCode).toBe(404);
    // An icon is linked, so that browsers ask for no /favicon.ico (a 404 on every first visit).
    const icon = /<link rel="icon" href="(\/assets\/icon\.[0-9a-f]{10}\.svg)"/.exec(page.body)?.[1];
    expect(icon).toBeDefined();
    const svg = await server.inject({ url: icon! });
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toContain('image/svg+xml');
  });
});

// The community pages' routes under /en or /fr (registered only when the server has a tracker).
import type { UiLang } from '../../../core/langstring.js';
import type { PageHandler } from '../../server.js';
import { openGovernmentPath } from '../../urls.js';
import { charterPage } from './charter.js';
import { declarationsPage } from './declarations.js';
import { eventPage } from './event.js';
import { eventsPage } from './events.js';
import { learningPage, learningResourcePage } from './learning.js';
import { charterAdoptionPage, declarationPage } from './records.js';

/** `/open-government/events` for `/en/open-government/events`: the path inside the language's prefix. */
export function routeOf(lang: UiLang, page: Parameters<typeof openGovernmentPath>[1], id?: string): string {
  return openGovernmentPath(lang, page).slice(lang.length + 1) + (id !== undefined ? `/${id}` : '');
}

export function communityPages(lang: UiLang): Array<[string, PageHandler]> {
  return [
    [routeOf(lang, 'events'), eventsPage],
    [routeOf(lang, 'events', ':id'), eventPage],
    [routeOf(lang, 'charter'), charterPage],
    [routeOf(lang, 'charter', ':id'), charterAdoptionPage],
    [routeOf(lang, 'declarations'), declarationsPage],
    [routeOf(lang, 'declarations', ':id'), declarationPage],
    [routeOf(lang, 'learning'), learningPage],
    [routeOf(lang, 'learning', ':id'), learningResourcePage],
  ];
}

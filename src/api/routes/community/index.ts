// Every community tracker route, registered only when the API is given a Tracker.
import type { FastifyInstance } from 'fastify';
import type { MarkdownRenderer } from '../../../community/export/atom.js';
import { CommunityEditor } from '../../../community/edits.js';
import type { Tracker } from '../../../community/tracker.js';
import type { Store } from '../../../store/store.js';
import { charterAdoptionRoutes } from './charter-adoptions.js';
import { commitmentFeedRoutes } from './commitment-feed.js';
import { commitmentRoutes } from './commitments.js';
import { declarationRoutes } from './declarations.js';
import { dueRoutes } from './due.js';
import { eventRoutes } from './events.js';
import { eventsIcsRoutes } from './events-ics.js';
import { indicatorRoutes } from './indicators.js';
import { learningResourceRoutes } from './learning-resources.js';
import { planRoutes } from './plans.js';
import { progressRoutes } from './progress.js';
import { recordEditRoutes } from './record-edits.js';
import { recordRoutes } from './records.js';

export interface CommunityRouteDeps {
  store: Store;
  tracker: Tracker;
  /** The site's public URL (`https://federa.example.ca`) for feed links and UIDs; else the Host header. */
  publicUrl?: string;
  renderMarkdown?: MarkdownRenderer;
  /** Shared with the web pages' forms when given. */
  communityEditor?: CommunityEditor;
}

export async function registerCommunityRoutes(app: FastifyInstance, deps: CommunityRouteDeps): Promise<void> {
  const { store, tracker } = deps;
  const prefix = { prefix: '/api/v1' };
  await app.register(planRoutes(tracker), prefix);
  await app.register(commitmentRoutes(tracker), prefix);
  await app.register(commitmentFeedRoutes(deps), prefix);
  await app.register(indicatorRoutes(tracker), prefix);
  await app.register(progressRoutes(store, tracker), prefix);
  await app.register(dueRoutes(tracker), prefix);
  await app.register(eventRoutes(tracker), prefix);
  await app.register(declarationRoutes(tracker), prefix);
  await app.register(charterAdoptionRoutes(tracker), prefix);
  await app.register(learningResourceRoutes(tracker), prefix);
  await app.register(recordRoutes(store), prefix);
  await app.register(recordEditRoutes(store, deps.communityEditor ?? new CommunityEditor(store)), prefix);
  await app.register(eventsIcsRoutes(store, deps.publicUrl));
}

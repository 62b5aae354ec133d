// Stored community events for the export tests (built, not recorded: the tracker has no real feed).
import type { CommunityEvent } from '../../../src/core/community/types.js';
import type { StoredCommunityRecord } from '../../../src/store/community.js';

export function storedEvent(data: Partial<CommunityEvent> & { id: string }, stored: Partial<StoredCommunityRecord<'event'>> = {}): StoredCommunityRecord<'event'> {
  const event: CommunityEvent = {
    kind: 'workshop',
    title: { en: 'Open data workshop', fr: 'Atelier sur les données ouvertes' },
    description: { en: 'Hands-on session.', fr: 'Séance pratique.' },
    start: '2019-05-29T09:00:00-04:00',
    end: '2019-05-29T12:00:00-04:00',
    timeZone: 'America/Toronto',
    attendance: 'in-person',
    organizers: ['Treasury Board of Canada Secretariat'],
    countries: ['CA'],
    indicators: [],
    status: 'confirmed',
    ...data,
  };
  return {
    kind: 'event',
    id: data.id,
    data: event,
    revision: 0,
    createdAt: '2019-04-01T12:00:00.000Z',
    updatedAt: '2019-04-02T15:30:00.000Z',
    ...stored,
  };
}

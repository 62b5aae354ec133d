// Raw DCAT datasets (expanded JSON-LD, as the kind keeps them) for the crosswalk: simulated
// federal DCAT-AP records written as Turtle and read by the kind's own document reader.
import type { HttpStream } from '../http.js';
import { SPECIMEN_INDICES, specimenSettings, type Specimens } from '../specimen.js';
import type { RemoteItem } from '../source.js';
import { readRdfDocument } from './document.js';
import { datasetRemoteId } from './map/map.js';
import { RdfNode } from './map/node.js';
import { DEFAULT_SEED } from './simulator/server.js';
import { simulatedDataset, SITE_URL } from './simulator/profile.js';
import { TURTLE_PROLOGUE, turtleNode } from './simulator/turtle.js';

function documentOf(turtle: string): HttpStream {
  const bytes = Buffer.from(turtle, 'utf8');
  return {
    url: `${SITE_URL}/catalog.ttl`,
    status: 200,
    headers: { 'content-type': 'text/turtle' },
    body: (async function* () {
      yield bytes;
    })(),
    cancel: () => undefined,
  };
}

export async function dcatSpecimens(): Promise<Specimens> {
  const turtle = TURTLE_PROLOGUE + SPECIMEN_INDICES.flatMap((index) => simulatedDataset(DEFAULT_SEED, index).nodes.map(turtleNode)).join('\n');
  const items: RemoteItem[] = [];
  for await (const batch of readRdfDocument(documentOf(turtle))) {
    for (const dataset of batch.datasets) {
      const remoteId = datasetRemoteId(new RdfNode(dataset.raw));
      if (remoteId !== undefined) items.push({ remoteId, raw: dataset.raw });
    }
  }
  return { settings: specimenSettings('dcat', `${SITE_URL}/catalog.ttl`), items };
}

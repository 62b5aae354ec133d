// The record's page on its geoportal, from the source's `recordUrl` template (`{id}`).

export function landingPageOf(template: string | undefined, remoteId: string): string | undefined {
  if (template === undefined) return undefined;
  return template.split('{id}').join(encodeURIComponent(remoteId));
}

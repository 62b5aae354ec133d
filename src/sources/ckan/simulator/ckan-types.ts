// The JSON shapes the simulated CKAN portals serve. Packages differ by portal (plain CKAN,
// scheming/fluent), so a package is typed as a JSON object with the few fields every CKAN has.

export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export type JsonObject = { [key: string]: JsonValue };

/** A CKAN `package_show` result. */
export type CkanPackage = JsonObject & {
  id: string;
};

/** Language-keyed text as ckanext-fluent writes it (`{en, fr}`, or `fr-t-en` for machine translation). */
export type FluentText = { [tag: string]: string };
export type FluentTags = { [tag: string]: string[] };

export type CkanOrganization = {
  id: string;
  name: string;
  title: string;
  type: 'organization';
  description: string;
  image_url: string;
  created: string;
  is_organization: true;
  approval_status: 'approved';
  state: 'active';
};

export type CkanTag = {
  id: string;
  name: string;
  display_name: string;
  state: 'active';
  vocabulary_id: null;
};

export type CkanGroup = {
  id: string;
  name: string;
  title: string;
  display_name: string;
  description: string;
  image_display_url: string;
};

export type CkanExtra = { key: string; value: string };

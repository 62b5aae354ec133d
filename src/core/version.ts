import { readFileSync } from 'node:fs';

// dist/core/version.js and src/core/version.ts are both two levels below the package root.
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

export const FEDERA_VERSION: string = pkg.version;
export const USER_AGENT = `Federa/${FEDERA_VERSION} (+https://github.com/federa-open-data/federa)`;

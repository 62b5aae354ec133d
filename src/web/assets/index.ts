// Static assets (one stylesheet, one script, the icon), kept in TypeScript modules so the build carries them
// and served under a content hash so browsers may cache them for a year.
import { createHash } from 'node:crypto';
import { APP_SCRIPT } from './app-script.js';
import { ICON_SVG } from './icon.js';
import { STYLES } from './styles.js';

export interface Asset {
  body: string;
  type: string;
  path: string;
}

function asset(name: string, body: string, type: string): Asset {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  const dot = name.lastIndexOf('.');
  return { body, type, path: `/assets/${name.slice(0, dot)}.${hash}${name.slice(dot)}` };
}

const ASSETS: Record<string, Asset> = {
  'styles.css': asset('styles.css', STYLES, 'text/css; charset=utf-8'),
  'app.js': asset('app.js', APP_SCRIPT, 'text/javascript; charset=utf-8'),
  'icon.svg': asset('icon.svg', ICON_SVG, 'image/svg+xml'),
};

export function assetPath(name: keyof typeof ASSETS & string): string {
  return ASSETS[name]!.path;
}

export function assetByPath(path: string): Asset | undefined {
  return Object.values(ASSETS).find((a) => a.path === path);
}

// Harvested text printed on a terminal: a portal's title could carry escape sequences that
// recolour, retitle or clear the user's terminal (or hide lines), so control characters go.

// C0 controls but tab and newline, DEL, C1 controls (U+0080–U+009F: 0x9B is a one-byte CSI).
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Text with its control characters removed (tab and newline kept). */
export function stripControls(text: string): string {
  return text.replace(CONTROLS, '');
}

/** Text for one line: control characters removed, tabs and line breaks made spaces. */
export function stripControlsLine(text: string): string {
  return stripControls(text.replace(/[\t\n]/g, ' '));
}

// What JSON.stringify leaves raw that a terminal may act on: DEL, C1 controls, line separators.
const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029]/g;

/** Indented JSON whose every control character is escaped (`\u009b`): the data kept, the terminal safe. */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

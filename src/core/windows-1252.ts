// Windows-1252, what Excel writes in Canada. Node 20's TextDecoder reads "windows-1252" as
// Latin-1, so 0x80-0x9F (€, the curly apostrophe ’ of French text, dashes) become control characters.

const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const C1 = /[\u0080-\u009f]/;
const C1_ALL = /[\u0080-\u009f]/g;

export function decodeWindows1252(bytes: Uint8Array): string {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  return C1.test(text) ? text.replace(C1_ALL, (c) => HIGH[c.charCodeAt(0) - 0x80]!) : text;
}

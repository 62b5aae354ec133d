// Simulated nodes written as Turtle, with the nesting ckanext-dcat and rdflib use: blank nodes
// inline in `[ … ]`, one subject block per IRI node.
import { PREFIXES, type SimNode, type SimValue } from './model.js';

export const TURTLE_PROLOGUE = `${Object.entries(PREFIXES)
  .map(([prefix, ns]) => `@prefix ${prefix}: <${ns}> .`)
  .join('\n')}\n\n`;

function escape(text: string): string {
  return text.replace(/[\\"\n\r\t]/g, (c) => (c === '\\' ? '\\\\' : c === '"' ? '\\"' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t'));
}

function term(name: string): string {
  return /^[a-z]+:[A-Za-z][\w-]*$/.test(name) ? name : `<${name}>`;
}

function value(v: SimValue, indent: string): string {
  if ('iri' in v) return `<${v.iri}>`;
  if ('text' in v) return `"${escape(v.text)}"${v.lang !== undefined ? `@${v.lang}` : v.type !== undefined ? `^^${term(v.type)}` : ''}`;
  return `[\n${body(v.node, `${indent}  `)}\n${indent}]`;
}

function body(node: SimNode, indent: string): string {
  const lines: string[] = [];
  if (node.types.length > 0) lines.push(`${indent}a ${node.types.map(term).join(', ')}`);
  // Consecutive values of one predicate share it: `dcat:keyword "a"@en, "b"@fr`.
  let i = 0;
  while (i < node.props.length) {
    const [predicate] = node.props[i] as [string, SimValue];
    const values: string[] = [];
    while (i < node.props.length && (node.props[i] as [string, SimValue])[0] === predicate) {
      values.push(value((node.props[i] as [string, SimValue])[1], indent));
      i++;
    }
    lines.push(`${indent}${term(predicate)} ${values.join(', ')}`);
  }
  return lines.join(' ;\n');
}

export function turtleNode(node: SimNode): string {
  return `<${node.iri ?? ''}>\n${body(node, '    ')} .\n\n`;
}

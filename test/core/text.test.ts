import { describe, expect, it } from 'vitest';
import { cleanParagraphs, collapseWhitespace, descriptionToText, htmlToText, markdownToText, nonBlank } from '../../src/core/text.js';

describe('nonBlank', () => {
  it('gives undefined for null, undefined and whitespace only', () => {
    expect(nonBlank(null)).toBeUndefined();
    expect(nonBlank(undefined)).toBeUndefined();
    expect(nonBlank(' \n\t')).toBeUndefined();
    expect(nonBlank(' a ')).toBe(' a ');
  });
});

describe('collapseWhitespace', () => {
  it('makes one trimmed line', () => {
    expect(collapseWhitespace('  Routes\n\n  et\tponts  ')).toBe('Routes et ponts');
  });
});

describe('cleanParagraphs', () => {
  it('keeps lines and a single blank line between paragraphs', () => {
    expect(cleanParagraphs('\r\n  First   line  \r\nsecond\r\n\r\n\r\n\r\nThird\u00a0 para \n\n')).toBe('First line\nsecond\n\nThird para');
  });
});

describe('htmlToText', () => {
  it('drops tags, decodes entities and breaks lines at blocks', () => {
    expect(htmlToText('<p>Données &amp; statistiques</p><p>Ligne<br/>suivante &eacute;t&eacute;</p>')).toBe(
      'Données & statistiques\n\nLigne\nsuivante été',
    );
  });

  it('removes scripts and styles and survives broken markup', () => {
    expect(htmlToText('<div>Keep<script>alert(1)</script><style>p{}</style> this <b>bold')).toBe('Keep this bold');
  });

  it('puts list items on their own lines', () => {
    expect(htmlToText('<ul><li>one</li><li>two</li></ul>')).toBe('- one\n- two');
  });
});

describe('markdownToText', () => {
  it('passes plain text through with whitespace cleaned', () => {
    expect(markdownToText('A plain  description.\n\n\nSecond paragraph.')).toBe('A plain description.\n\nSecond paragraph.');
  });

  it('keeps link texts and drops their URLs', () => {
    expect(markdownToText('see our [website](https://www2.gov.bc.ca/gov/content?id=B6F4) for more')).toBe('see our website for more');
  });

  it('unmarks emphasis and headings but not snake_case words', () => {
    expect(markdownToText('# Title\n\nSome **bold** and _italic_ in file_name_here')).toBe('Title\n\nSome bold and italic in file_name_here');
  });

  it('puts list items on lines and decodes entities', () => {
    expect(markdownToText('Includes:\n\n* board number\n* board name &amp; id')).toBe('Includes:\n\n- board number\n- board name & id');
  });

  it('reads inline and block HTML inside Markdown', () => {
    expect(markdownToText('Line one<br>Line two\n\n<p>HTML &eacute;t&eacute;</p>')).toBe('Line one\nLine two\n\nHTML été');
  });

  it('writes table rows with cells separated by bars', () => {
    expect(markdownToText('| a | b |\n|---|---|\n| 1 | 2 |')).toBe('a | b\n1 | 2');
  });
});

describe('descriptionToText', () => {
  it('reads HTML descriptions as HTML, even indented', () => {
    expect(descriptionToText('    <p>Indented    HTML</p>\n    <p>second</p>')).toBe('Indented HTML\n\nsecond');
  });

  it('reads other descriptions as Markdown', () => {
    expect(descriptionToText('**Bold** text')).toBe('Bold text');
  });
});

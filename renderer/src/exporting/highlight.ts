/**
 * A small tokenizer for the template preview: YAML (as written by toYaml, with short-form
 * intrinsic tags) and JSON. It colours; it does not validate.
 */
export type TokenKind = 'key' | 'string' | 'number' | 'literal' | 'tag' | 'punctuation' | 'comment' | 'text';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
}

const yamlKey = /^(\s*(?:- )*)("(?:[^"\\]|\\.)*"|[^\s:#"'][^:#]*?)(:)(?=\s|$)/;
const numberText = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const literalText = /^(?:true|false|null|~)$/;

function yamlValue(text: string, out: Token[]): void {
  const lead = /^\s*/.exec(text)?.[0] ?? '';
  if (lead) out.push({ kind: 'text', text: lead });
  let rest = text.slice(lead.length);
  const tag = /^!\w+/.exec(rest);
  if (tag) {
    out.push({ kind: 'tag', text: tag[0] });
    rest = rest.slice(tag[0].length);
    const space = /^\s*/.exec(rest)?.[0] ?? '';
    if (space) out.push({ kind: 'text', text: space });
    rest = rest.slice(space.length);
  }
  if (rest === '') return;
  if (rest.startsWith('#')) out.push({ kind: 'comment', text: rest });
  else if (/^["']/.test(rest)) out.push({ kind: 'string', text: rest });
  else if (numberText.test(rest)) out.push({ kind: 'number', text: rest });
  else if (literalText.test(rest)) out.push({ kind: 'literal', text: rest });
  else if (/^[[\]{}|>-]+$/.test(rest)) out.push({ kind: 'punctuation', text: rest });
  else out.push({ kind: 'string', text: rest });
}

/** Tokens of one YAML line. */
export function yamlLine(line: string): Token[] {
  const out: Token[] = [];
  if (/^\s*#/.test(line)) return [{ kind: 'comment', text: line }];
  const key = yamlKey.exec(line);
  if (key) {
    const [whole, indent = '', name = '', colon = ''] = key;
    if (indent) {
      const dash = indent.replace(/[^-]/g, '').length > 0;
      out.push({ kind: dash ? 'punctuation' : 'text', text: indent });
    }
    out.push({ kind: 'key', text: name }, { kind: 'punctuation', text: colon });
    yamlValue(line.slice(whole.length), out);
    return out;
  }
  const item = /^(\s*- )(.*)$/.exec(line);
  if (item) {
    out.push({ kind: 'punctuation', text: item[1] ?? '' });
    yamlValue(item[2] ?? '', out);
    return out;
  }
  yamlValue(line, out);
  return out;
}

const jsonToken = /"(?:[^"\\]|\\.)*"(\s*:)?|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|[{}[\],]/g;

/** Tokens of one JSON line. */
export function jsonLine(line: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  for (const match of line.matchAll(jsonToken)) {
    const index = match.index;
    if (index > last) out.push({ kind: 'text', text: line.slice(last, index) });
    const text = match[0];
    if (match[1] !== undefined) {
      const colonAt = text.lastIndexOf(':');
      out.push(
        { kind: 'key', text: text.slice(0, colonAt) },
        { kind: 'punctuation', text: text.slice(colonAt) },
      );
    } else if (text.startsWith('"')) out.push({ kind: /^"Fn::|^"Ref"$/.test(text) ? 'tag' : 'string', text });
    else if (/^[{}[\],]$/.test(text)) out.push({ kind: 'punctuation', text });
    else if (literalText.test(text)) out.push({ kind: 'literal', text });
    else out.push({ kind: 'number', text });
    last = index + text.length;
  }
  if (last < line.length) out.push({ kind: 'text', text: line.slice(last) });
  return out;
}

/** Every line of a template as tokens; joining the texts gives the line back exactly. */
export function highlight(text: string, format: 'yaml' | 'json'): Token[][] {
  const tokenize = format === 'yaml' ? yamlLine : jsonLine;
  return text.split('\n').map(tokenize);
}

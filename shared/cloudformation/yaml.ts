import { Document, parseDocument, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Node as YamlNode, ParsedNode, Tags } from 'yaml';
import type { CfnValue } from '../service/types';
import { fail, ok, type Issue, type Result } from '../result';

/**
 * YAML for CloudFormation: the short-form intrinsic tags (`!Ref`, `!GetAtt`, `!Sub`...)
 * are read back to their long JSON form and written from it.
 */

/** Intrinsic functions that have a `!Short` YAML form, by long name. */
const shortForms: Readonly<Record<string, string>> = {
  Ref: 'Ref',
  Condition: 'Condition',
  'Fn::Base64': 'Base64',
  'Fn::Cidr': 'Cidr',
  'Fn::FindInMap': 'FindInMap',
  'Fn::GetAtt': 'GetAtt',
  'Fn::GetAZs': 'GetAZs',
  'Fn::ImportValue': 'ImportValue',
  'Fn::Join': 'Join',
  'Fn::Select': 'Select',
  'Fn::Split': 'Split',
  'Fn::Sub': 'Sub',
  'Fn::Transform': 'Transform',
  'Fn::And': 'And',
  'Fn::Equals': 'Equals',
  'Fn::If': 'If',
  'Fn::Not': 'Not',
  'Fn::Or': 'Or',
  'Fn::Length': 'Length',
  'Fn::ToJsonString': 'ToJsonString',
};
const longForms = new Map(Object.entries(shortForms).map(([long, short]) => [short, long]));

function intrinsic(short: string, value: unknown): Record<string, unknown> {
  const long = longForms.get(short) ?? `Fn::${short}`;
  if (short === 'GetAtt' && typeof value === 'string') {
    const dot = value.indexOf('.');
    return { [long]: dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
  }
  return { [long]: value };
}

function buildTags(): Tags {
  const tags: Tags = [];
  for (const short of longForms.keys()) {
    const tag = `!${short}`;
    tags.push({ tag, resolve: (value: string) => intrinsic(short, value) });
    for (const collection of ['seq', 'map'] as const) {
      tags.push({
        tag,
        collection,
        resolve: (value: YAMLMap.Parsed | YAMLSeq.Parsed) => intrinsic(short, value.toJSON()),
      });
    }
  }
  return tags;
}
const cfnTags = buildTags();

/** `line:column` (1-based) of a character offset in `text`. */
export function lineColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return `${line}:${offset - lineStart + 1}`;
}

/**
 * Parses CloudFormation YAML (or JSON, which is YAML) into plain data, short-form tags
 * turned into long-form intrinsics. Syntax errors are issues with `line:column`.
 *
 * @example
 * parseCfnYaml('A: !GetAtt Fn.Arn') // ok({ A: { 'Fn::GetAtt': ['Fn', 'Arn'] } })
 */
export function parseCfnYaml(text: string): Result<unknown> {
  const doc = parseDocument(text, { customTags: cfnTags, uniqueKeys: true, prettyErrors: false });
  const errors = doc.errors.map((error): Issue => ({
    code: 'syntax_error',
    message: `Syntax error at ${lineColumn(text, error.pos[0])}: ${error.message.split('\n')[0]}`,
    path: '',
  }));
  if (errors.length > 0) return fail(errors);
  return ok(doc.toJS({ maxAliasCount: 1000 }) as unknown);
}

/** Whether a value is a one-key intrinsic object (`{ Ref }`, `{ 'Fn::X' }`). */
export function intrinsicName(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const key = keys[0]!;
  return key === 'Ref' || key === 'Condition' || key.startsWith('Fn::') ? key : undefined;
}

/** Strings a YAML 1.1 reader would take for booleans, null, dates, octal or sexagesimal numbers. */
const yaml11Special = /^(y|n|yes|no|on|off|true|false|null|~|\d{4}-\d\d?-\d\d?([Tt ].*)?)$/i;

function toNode(doc: Document, value: CfnValue | undefined): YamlNode {
  const name = intrinsicName(value);
  if (name !== undefined && shortForms[name] !== undefined) {
    const argument = (value as Record<string, CfnValue>)[name]!;
    // YAML allows one tag per node, so a function whose argument is itself an
    // intrinsic keeps the long key: `Fn::Base64: !Sub ...`.
    if (intrinsicName(argument) === undefined && !(name === 'Condition' && typeof argument !== 'string')) {
      const tag = `!${shortForms[name]}`;
      let node: YamlNode;
      if (name === 'Fn::GetAtt' && Array.isArray(argument) && argument.every((a) => typeof a === 'string'))
        node = new Scalar(argument.join('.'));
      else node = toNode(doc, argument);
      node.tag = tag;
      return node;
    }
  }
  if (Array.isArray(value)) {
    const seq = new YAMLSeq();
    for (const item of value) seq.items.push(toNode(doc, item));
    return seq;
  }
  if (typeof value === 'object' && value !== null) {
    const map = new YAMLMap();
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue;
      map.items.push(doc.createPair(key, toNode(doc, item)));
    }
    return map;
  }
  const scalar = new Scalar(value ?? null);
  // YAML 1.1 readers (CloudFormation's among them) take `yes`/`off`/`~` as non-strings.
  if (
    typeof value === 'string' &&
    (value === '' || yaml11Special.test(value) || /^[-+.]?\d[\d_:.eE+-]*$/.test(value))
  )
    scalar.type = Scalar.QUOTE_DOUBLE;
  return scalar;
}

/**
 * Writes a template as YAML with short-form intrinsics, keys in the object's order.
 *
 * @example
 * toYaml({ Outputs: { Arn: { Value: { 'Fn::GetAtt': ['Fn', 'Arn'] } } } })
 * // "Outputs:\n  Arn:\n    Value: !GetAtt Fn.Arn\n"
 */
export function toYaml(template: object): string {
  const doc = new Document(null, { customTags: cfnTags });
  doc.contents = toNode(doc, template as CfnValue) as ParsedNode;
  return doc.toString({ lineWidth: 0, minContentWidth: 0, indentSeq: true });
}

/**
 * Writes a template as 2-space JSON with a trailing newline.
 *
 * @example
 * toJson({ Resources: {} }) // '{\n  "Resources": {}\n}\n'
 */
export function toJson(template: object): string {
  return `${JSON.stringify(template, null, 2)}\n`;
}

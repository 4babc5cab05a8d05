import { parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import type { Tags } from 'yaml';
import { intrinsicName, shortForms, writeYaml } from './yamlWriter';
import { fail, ok, type Issue, type Result } from '../result';

/**
 * YAML for CloudFormation: the short-form intrinsic tags (`!Ref`, `!GetAtt`, `!Sub`...)
 * are read back to their long JSON form and written from it.
 */

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

/**
 * `line:column` (1-based) of a character offset in `text`.
 *
 * @example
 * lineColumn('a\nbc', 3) // '2:2'
 */
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

/**
 * Writes a template as YAML with short-form intrinsics, keys in the object's order.
 *
 * @example
 * toYaml({ Outputs: { Arn: { Value: { 'Fn::GetAtt': ['Fn', 'Arn'] } } } })
 * // "Outputs:\n  Arn:\n    Value: !GetAtt Fn.Arn\n"
 */
export function toYaml(template: object): string {
  return writeYaml(template);
}

export { intrinsicName };

/**
 * Writes a template as 2-space JSON with a trailing newline.
 *
 * @example
 * toJson({ Resources: {} }) // '{\n  "Resources": {}\n}\n'
 */
export function toJson(template: object): string {
  return `${JSON.stringify(template, null, 2)}\n`;
}

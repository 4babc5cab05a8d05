import { fail, ok, type Issue, type Result } from '../result';

/** A resource of a template being imported, checked for shape. */
export interface ImportedResource {
  readonly Type: string;
  readonly Properties: Readonly<Record<string, unknown>>;
}

export interface ImportedTemplate {
  readonly description?: string;
  readonly resources: Readonly<Record<string, ImportedResource>>;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const transformHelp: Readonly<Record<string, string>> = {
  'AWS::Serverless-2016-10-31':
    'it is an AWS SAM template; deploy it, then import the processed template from `aws cloudformation get-template --stack-name <stack> --template-stage Processed`',
  'AWS::LanguageExtensions':
    'it uses CloudFormation language extensions (Fn::ForEach...); import the processed template (`aws cloudformation get-template --template-stage Processed`)',
};

/**
 * Checks that a parsed document is a CloudFormation template Nuage can import: an object
 * with a non-empty Resources map of `{ Type, Properties? }`, no Transform. Every problem
 * is an issue with its path; nothing is imported when there is one.
 *
 * @example
 * checkTemplateShape({ Resources: { A: { Type: 3 } } })
 * // fail([{ code: 'invalid_type', path: 'Resources.A.Type', ... }])
 */
export function checkTemplateShape(document: unknown): Result<ImportedTemplate> {
  if (!isObject(document))
    return fail([
      {
        code: 'not_a_template',
        message: 'Not a CloudFormation template: the document is not a map',
        path: '',
      },
    ]);
  const issues: Issue[] = [];
  const transform = document['Transform'];
  if (transform !== undefined) {
    const names = (Array.isArray(transform) ? transform : [transform]).map((t) =>
      typeof t === 'string' ? t : isObject(t) ? String(t['Name']) : String(t),
    );
    for (const name of names)
      issues.push({
        code: 'unsupported_transform',
        message: `The template needs the ${name} transform, which Nuage does not expand: ${transformHelp[name] ?? 'import the processed template instead'}`,
        path: 'Transform',
      });
  }
  const resources = document['Resources'];
  if (resources === undefined)
    issues.push({
      code: 'not_a_template',
      message: 'Not a CloudFormation template: there is no Resources section',
      path: 'Resources',
    });
  else if (!isObject(resources))
    issues.push({
      code: 'invalid_type',
      message: 'Resources must be a map of logical ids to resources',
      path: 'Resources',
    });
  else if (Object.keys(resources).length === 0)
    issues.push({
      code: 'empty_template',
      message: 'Resources is empty: there is nothing to import',
      path: 'Resources',
    });
  else
    for (const [id, resource] of Object.entries(resources)) {
      const path = `Resources.${id}`;
      if (!/^[A-Za-z0-9]+$/.test(id) && transform === undefined)
        issues.push({ code: 'invalid_logical_id', message: `Logical id "${id}" must be alphanumeric`, path });
      if (!isObject(resource)) {
        issues.push({ code: 'invalid_type', message: 'A resource must be a map with a Type', path });
        continue;
      }
      if (typeof resource['Type'] !== 'string' || resource['Type'] === '')
        issues.push({
          code: 'invalid_type',
          message: 'Type must be a resource type like AWS::S3::Bucket',
          path: `${path}.Type`,
        });
      if (resource['Properties'] !== undefined && !isObject(resource['Properties']))
        issues.push({
          code: 'invalid_type',
          message: 'Properties must be a map',
          path: `${path}.Properties`,
        });
    }
  const description = document['Description'];
  if (description !== undefined && typeof description !== 'string')
    issues.push({ code: 'invalid_type', message: 'Description must be a string', path: 'Description' });
  if (issues.length > 0) return fail(issues);

  const checked: Record<string, ImportedResource> = {};
  for (const [id, resource] of Object.entries(resources as Record<string, Record<string, unknown>>))
    checked[id] = {
      Type: resource['Type'] as string,
      Properties: (resource['Properties'] as Record<string, unknown> | undefined) ?? {},
    };
  return ok({ ...(typeof description === 'string' ? { description } : {}), resources: checked });
}

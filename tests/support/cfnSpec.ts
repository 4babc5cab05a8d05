/**
 * A CloudFormation template validator for tests, built on the resource specification
 * published by AWS as data (`@aws-cdk/aws-service-spec`).
 *
 * Checks: template sections; every resource type exists; required properties present;
 * no unknown properties; value types where the spec gives them (string, number, boolean,
 * list, map, nested types recursively, allowed values); intrinsic functions accepted where
 * a value is expected; Ref / Fn::GetAtt / Fn::Sub targets exist (resources, parameters,
 * pseudo parameters) and GetAtt attributes exist for the type; DependsOn targets exist;
 * Conditions and Mappings referenced exist; no dependency cycle.
 *
 * @example
 * const problems = await validateTemplate(template);
 * expect(problems).toEqual([]); // or [{ path: 'Resources.Fn.Properties.Code', message: ... }]
 */
import { loadAwsServiceSpec } from '@aws-cdk/aws-service-spec';
import type { SpecDatabase, Resource } from '@aws-cdk/service-spec-types';
import { checkReferences } from './cfnReferences';
import { checkProperties, type ValueChecker } from './cfnTypes';

export interface SpecProblem {
  /** Dotted path into the template, e.g. `Resources.Fn.Properties.Code.S3Bucket`. */
  readonly path: string;
  readonly message: string;
}

export interface ValidateOptions {
  /**
   * Accept what CloudFormation coerces: numeric strings for numbers, "true"/"false" for
   * booleans, numbers and booleans for strings, JSON text for JSON. Real hand-written
   * templates rely on it; Nuage's own export should not (default false).
   */
  readonly coerceScalars?: boolean;
}

let specPromise: Promise<SpecDatabase> | undefined;

/** The spec database, loaded once per process (~0.5–1 s). */
export function loadSpec(): Promise<SpecDatabase> {
  specPromise ??= loadAwsServiceSpec();
  return specPromise;
}

/** The spec entry for a resource type, or undefined when the type does not exist. */
export function specResource(db: SpecDatabase, type: string): Resource | undefined {
  const found = db.lookup('resource', 'cloudFormationType', 'equals', type);
  return found.length === 1 ? found[0] : undefined;
}

/** Validates a template object (long-form intrinsics) against the spec. */
export async function validateTemplate(
  template: unknown,
  options: ValidateOptions = {},
): Promise<SpecProblem[]> {
  return validateTemplateWith(await loadSpec(), template, options);
}

const topLevelKeys = new Set([
  'AWSTemplateFormatVersion',
  'Description',
  'Metadata',
  'Parameters',
  'Rules',
  'Mappings',
  'Conditions',
  'Transform',
  'Resources',
  'Outputs',
]);
const resourceKeys = new Set([
  'Type',
  'Properties',
  'DependsOn',
  'Condition',
  'DeletionPolicy',
  'UpdateReplacePolicy',
  'Metadata',
  'CreationPolicy',
  'UpdatePolicy',
]);
const deletionPolicies = new Set(['Delete', 'Retain', 'RetainExceptOnCreate', 'Snapshot']);
const parameterKeys = new Set([
  'Type',
  'Default',
  'Description',
  'AllowedValues',
  'AllowedPattern',
  'ConstraintDescription',
  'MaxLength',
  'MinLength',
  'MaxValue',
  'MinValue',
  'NoEcho',
]);
const parameterType =
  /^(String|Number|List<Number>|CommaDelimitedList|AWS::[A-Za-z0-9]+::[A-Za-z0-9:]+|List<AWS::[A-Za-z0-9:]+>|AWS::SSM::Parameter::Value<.+>)$/;
const logicalId = /^[A-Za-z0-9]{1,255}$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Same as {@link validateTemplate} with an already loaded spec database (synchronous). */
export function validateTemplateWith(
  db: SpecDatabase,
  template: unknown,
  options: ValidateOptions = {},
): SpecProblem[] {
  const problems: SpecProblem[] = [];
  const report = (path: string, message: string): void => void problems.push({ path, message });
  if (!isObject(template)) {
    report('', 'A template must be an object');
    return problems;
  }
  for (const key of Object.keys(template))
    if (!topLevelKeys.has(key)) report(key, `Unknown template section "${key}"`);
  if (template['Transform'] !== undefined)
    report(
      'Transform',
      'Templates with a Transform are expanded by CloudFormation; they cannot be validated as-is',
    );
  if (
    template['AWSTemplateFormatVersion'] !== undefined &&
    template['AWSTemplateFormatVersion'] !== '2010-09-09'
  )
    report('AWSTemplateFormatVersion', 'AWSTemplateFormatVersion must be "2010-09-09"');
  if (template['Description'] !== undefined && typeof template['Description'] !== 'string')
    report('Description', 'Description must be a string');
  if (typeof template['Description'] === 'string' && template['Description'].length > 1024)
    report('Description', 'Description must be at most 1024 characters');

  const parameters = template['Parameters'] ?? {};
  const listParameters = new Set<string>();
  if (!isObject(parameters)) report('Parameters', 'Parameters must be a map');
  else
    for (const [name, parameter] of Object.entries(parameters)) {
      const path = `Parameters.${name}`;
      if (!logicalId.test(name)) report(path, `Parameter name "${name}" must be alphanumeric`);
      if (!isObject(parameter)) {
        report(path, 'A parameter must be a map');
        continue;
      }
      for (const key of Object.keys(parameter))
        if (!parameterKeys.has(key)) report(`${path}.${key}`, `Unknown parameter attribute "${key}"`);
      const type = parameter['Type'];
      if (typeof type !== 'string' || !parameterType.test(type))
        report(`${path}.Type`, `Invalid parameter type ${JSON.stringify(type)}`);
      else if (type.startsWith('List<') || type === 'CommaDelimitedList') listParameters.add(name);
      const allowed = parameter['AllowedValues'];
      if (allowed !== undefined && !Array.isArray(allowed))
        report(`${path}.AllowedValues`, 'AllowedValues must be a list');
      const fallback = parameter['Default'];
      if (
        Array.isArray(allowed) &&
        fallback !== undefined &&
        type !== 'CommaDelimitedList' &&
        !allowed.map(String).includes(String(fallback))
      )
        report(`${path}.Default`, `Default ${JSON.stringify(fallback)} is not one of AllowedValues`);
      if (type === 'Number' && fallback !== undefined && !Number.isFinite(Number(fallback)))
        report(`${path}.Default`, 'Default of a Number parameter must be a number');
    }

  const resources = template['Resources'];
  if (!isObject(resources) || Object.keys(resources).length === 0) {
    report('Resources', 'Resources must be a non-empty map');
    return problems;
  }
  const checker: ValueChecker = {
    db,
    coerce: options.coerceScalars ?? false,
    listParameters,
    report,
  };
  for (const [name, resource] of Object.entries(resources)) {
    const path = `Resources.${name}`;
    if (name.startsWith('Fn::ForEach::')) {
      report(path, 'Fn::ForEach needs the AWS::LanguageExtensions transform; it cannot be validated as-is');
      continue;
    }
    if (!logicalId.test(name)) report(path, `Logical id "${name}" must be alphanumeric`);
    if (isObject(parameters) && name in parameters)
      report(path, `Logical id "${name}" is also a parameter name`);
    if (!isObject(resource)) {
      report(path, 'A resource must be a map');
      continue;
    }
    for (const key of Object.keys(resource))
      if (!resourceKeys.has(key)) report(`${path}.${key}`, `Unknown resource attribute "${key}"`);
    for (const key of ['DeletionPolicy', 'UpdateReplacePolicy'])
      if (resource[key] !== undefined && !deletionPolicies.has(String(resource[key])))
        report(`${path}.${key}`, `Invalid ${key} ${JSON.stringify(resource[key])}`);
    const type = resource['Type'];
    if (typeof type !== 'string') {
      report(`${path}.Type`, 'Type must be a string');
      continue;
    }
    if (isCustom(type)) continue;
    const spec = specResource(db, type);
    if (spec === undefined) {
      report(`${path}.Type`, `Unknown resource type "${type}"`);
      continue;
    }
    if (spec.cloudFormationTransform !== undefined && template['Transform'] === undefined)
      report(`${path}.Type`, `${type} needs the ${spec.cloudFormationTransform} transform`);
    const properties = resource['Properties'] ?? {};
    if (!isObject(properties)) {
      report(`${path}.Properties`, 'Properties must be a map');
      continue;
    }
    checkProperties(checker, spec.properties, properties, `${path}.Properties`, type);
  }

  checkReferences(db, template, report);
  return problems;
}

/** Custom resources take any properties and attributes. */
export function isCustom(type: string): boolean {
  return type.startsWith('Custom::') || type === 'AWS::CloudFormation::CustomResource';
}

/**
 * Property value checks against the CloudFormation spec's types (part of cfnSpec.ts).
 */
import type {
  PropertyType,
  ResourceProperties,
  SpecDatabase,
  TypeDefinition,
} from '@aws-cdk/service-spec-types';

export interface ValueChecker {
  readonly db: SpecDatabase;
  readonly coerce: boolean;
  /** Parameters whose Ref is a list (List<...>, CommaDelimitedList). */
  readonly listParameters: ReadonlySet<string>;
  report(path: string, message: string): void;
}

/** Functions whose result is a list, never a scalar. */
const listFunctions = new Set(['Fn::GetAZs', 'Fn::Split', 'Fn::Cidr']);
/** Functions whose result may be anything. */
const valueFunctions = new Set([
  'Ref',
  'Fn::GetAtt',
  'Fn::Sub',
  'Fn::Join',
  'Fn::Select',
  'Fn::If',
  'Fn::ImportValue',
  'Fn::FindInMap',
  'Fn::Base64',
  'Fn::Length',
  'Fn::ToJsonString',
  'Fn::Transform',
  'Fn::GetAZs',
  'Fn::Split',
  'Fn::Cidr',
]);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function functionName(value: unknown): string | undefined {
  if (!isObject(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const key = keys[0]!;
  return key === 'Ref' || key.startsWith('Fn::') ? key : undefined;
}

/** Checks an object of properties against the spec's property map. */
export function checkProperties(
  checker: ValueChecker,
  spec: ResourceProperties,
  value: Record<string, unknown>,
  path: string,
  owner: string,
): void {
  for (const [name, property] of Object.entries(spec)) {
    if (property.required && !(name in value))
      checker.report(`${path}.${name}`, `${owner}: required property ${name} is missing`);
  }
  for (const [name, item] of Object.entries(value)) {
    const property = spec[name];
    if (property === undefined) {
      checker.report(`${path}.${name}`, `${owner}: unknown property ${name}`);
      continue;
    }
    const types = [property.type, ...(property.previousTypes ?? [])];
    checkAnyOf(checker, types, item, `${path}.${name}`);
  }
}

/** Reports once if the value matches none of the types (reporting the current type's problems). */
function checkAnyOf(
  checker: ValueChecker,
  types: readonly PropertyType[],
  value: unknown,
  path: string,
): void {
  const attempts = types.map((type) => {
    const found: { path: string; message: string }[] = [];
    checkValue({ ...checker, report: (p, m) => void found.push({ path: p, message: m }) }, type, value, path);
    return found;
  });
  if (attempts.some((found) => found.length === 0)) return;
  for (const problem of attempts[0]!) checker.report(problem.path, problem.message);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'a map';
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** Checks an intrinsic in a position expecting `type`; false when `value` is no intrinsic. */
function checkIntrinsic(checker: ValueChecker, type: PropertyType, value: unknown, path: string): boolean {
  const name = functionName(value);
  if (name === undefined) return false;
  const argument = (value as Record<string, unknown>)[name];
  if (!valueFunctions.has(name)) {
    checker.report(path, `${name} cannot be used as a property value`);
    return true;
  }
  const wantsList = type.type === 'array';
  if (name === 'Fn::If') {
    if (!Array.isArray(argument) || argument.length !== 3 || typeof argument[0] !== 'string') {
      checker.report(path, 'Fn::If takes [condition, valueIfTrue, valueIfFalse]');
      return true;
    }
    for (const [index, branch] of [argument[1], argument[2]].entries()) {
      if (isObject(branch) && branch['Ref'] === 'AWS::NoValue') continue;
      checkValue(checker, type, branch, `${path}.Fn::If[${index + 1}]`);
    }
    return true;
  }
  const scalarType = ['string', 'number', 'integer', 'boolean', 'date-time'].includes(type.type);
  if (scalarType && listFunctions.has(name))
    checker.report(path, `${name} returns a list where a single value is expected`);
  if (scalarType && name === 'Ref' && typeof argument === 'string' && checker.listParameters.has(argument))
    checker.report(path, `Ref ${argument} is a list parameter where a single value is expected`);
  if (wantsList && (name === 'Fn::Join' || name === 'Fn::Sub' || name === 'Fn::Base64'))
    checker.report(path, `${name} returns a string where a list is expected`);
  return true;
}

/** Checks one value against one spec type, recursing into lists, maps and nested types. */
export function checkValue(checker: ValueChecker, type: PropertyType, value: unknown, path: string): void {
  if (isObject(value) && value['Ref'] === 'AWS::NoValue' && Object.keys(value).length === 1) return;
  if (type.type !== 'json' && checkIntrinsic(checker, type, value, path)) return;
  const wrong = (expected: string): void =>
    checker.report(path, `Expected ${expected}, got ${describe(value)}`);
  switch (type.type) {
    case 'string':
    case 'date-time':
      if (typeof value === 'string') {
        if (type.type === 'string' && type.allowedValues && !type.allowedValues.includes(value))
          checker.report(path, `"${value}" is not one of ${type.allowedValues.join(', ')}`);
      } else if (!(checker.coerce && (typeof value === 'number' || typeof value === 'boolean')))
        wrong('a string');
      return;
    case 'number':
    case 'integer': {
      const number =
        typeof value === 'string' && checker.coerce && value.trim() !== '' ? Number(value) : value;
      if (typeof number !== 'number' || !Number.isFinite(number))
        wrong(`a${type.type === 'integer' ? 'n integer' : ' number'}`);
      else if (type.type === 'integer' && !Number.isInteger(number)) wrong('an integer');
      return;
    }
    case 'boolean':
      if (typeof value !== 'boolean' && !(checker.coerce && (value === 'true' || value === 'false')))
        wrong('a boolean');
      return;
    case 'null':
      if (value !== null) wrong('null');
      return;
    case 'json':
      if (!isObject(value) && !Array.isArray(value) && !(checker.coerce && typeof value === 'string'))
        wrong('a JSON object');
      return;
    case 'tag':
      if (!isObject(value)) wrong('a tag {Key, Value}');
      else {
        for (const key of Object.keys(value))
          if (key !== 'Key' && key !== 'Value')
            checker.report(`${path}.${key}`, `Unknown tag attribute ${key}`);
        for (const key of ['Key', 'Value'])
          if (!(key in value)) checker.report(`${path}.${key}`, `A tag needs ${key}`);
          else checkValue(checker, { type: 'string' }, value[key], `${path}.${key}`);
      }
      return;
    case 'array':
      if (!Array.isArray(value)) wrong('a list');
      else value.forEach((item, index) => checkAnyOf(checker, [type.element], item, `${path}[${index}]`));
      return;
    case 'map':
      if (!isObject(value)) wrong('a map');
      else
        for (const [key, item] of Object.entries(value))
          checkAnyOf(checker, [type.element], item, `${path}.${key}`);
      return;
    case 'union':
      checkAnyOf(checker, type.types, value, path);
      return;
    case 'ref': {
      const definition: TypeDefinition = checker.db.get('typeDefinition', type.reference);
      if (!isObject(value)) wrong(`a ${definition.name} map`);
      else checkProperties(checker, definition.properties, value, path, definition.name);
      return;
    }
  }
}

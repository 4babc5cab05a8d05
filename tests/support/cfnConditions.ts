/**
 * A small evaluator of template conditions for tests: what CloudFormation keeps of a
 * template for given parameter values. Conditions are computed (Fn::Equals, Fn::Not,
 * Fn::And, Fn::Or, Condition; Ref of parameters, their defaults, and AWS::Region), the
 * resources and outputs whose Condition is false dropped, every Fn::If replaced by its
 * branch and AWS::NoValue removed (a property left out, a list item dropped). Refs and
 * GetAtts of resources stay as they are, so the result can go through validateTemplate:
 * a reference left dangling is reported there.
 *
 * @example
 * const kept = resolveConditions(template, { FraudModelModelDataUrl: '' });
 * expect(validateTemplateWith(db, kept)).toEqual([]);
 */
type Json = unknown;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const noValue = Symbol('AWS::NoValue');

export interface ResolveOptions {
  /** Value of AWS::Region in conditions (default us-east-1). */
  readonly region?: string;
}

/** The template as CloudFormation would create it with these parameter values. */
export function resolveConditions(
  template: Record<string, unknown>,
  parameters: Readonly<Record<string, string>> = {},
  options: ResolveOptions = {},
): Record<string, unknown> {
  const declared = isObject(template['Parameters']) ? template['Parameters'] : {};
  const definitions = isObject(template['Conditions']) ? template['Conditions'] : {};
  const known = new Map<string, boolean>();

  const scalar = (value: Json): Json => {
    if (!isObject(value)) return value;
    const ref = value['Ref'];
    if (typeof ref === 'string') {
      if (ref === 'AWS::Region') return options.region ?? 'us-east-1';
      if (ref in parameters) return parameters[ref];
      const parameter = declared[ref];
      if (isObject(parameter) && parameter['Default'] !== undefined) return String(parameter['Default']);
      throw new Error(`No value for parameter ${ref}`);
    }
    throw new Error(`Cannot evaluate ${JSON.stringify(value)} in a condition`);
  };
  const evaluate = (expression: Json): boolean => {
    if (!isObject(expression)) throw new Error(`Not a condition: ${JSON.stringify(expression)}`);
    const [key] = Object.keys(expression);
    const argument = expression[key!];
    const list = Array.isArray(argument) ? argument : [];
    switch (key) {
      case 'Condition':
        return condition(argument as string);
      case 'Fn::Equals':
        return String(scalar(list[0])) === String(scalar(list[1]));
      case 'Fn::Not':
        return !evaluate(list[0]);
      case 'Fn::And':
        return list.every(evaluate);
      case 'Fn::Or':
        return list.some(evaluate);
      default:
        throw new Error(`Unknown condition function ${String(key)}`);
    }
  };
  const condition = (name: string): boolean => {
    if (!known.has(name)) {
      if (!(name in definitions)) throw new Error(`Unknown condition ${name}`);
      known.set(name, evaluate(definitions[name]));
    }
    return known.get(name)!;
  };

  const resolve = (value: Json): Json | typeof noValue => {
    if (Array.isArray(value)) return value.map(resolve).filter((v) => v !== noValue);
    if (!isObject(value)) return value;
    const keys = Object.keys(value);
    if (keys.length === 1 && value['Ref'] === 'AWS::NoValue') return noValue;
    if (keys.length === 1 && keys[0] === 'Fn::If') {
      const [name, yes, no] = value['Fn::If'] as [string, Json, Json];
      return resolve(condition(name) ? yes : no);
    }
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const resolved = resolve(item);
      if (resolved !== noValue) out[key] = resolved;
    }
    return out;
  };
  const kept = (section: unknown): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    if (!isObject(section)) return out;
    for (const [name, entry] of Object.entries(section)) {
      if (!isObject(entry)) continue;
      const { Condition: when, ...rest } = entry;
      if (typeof when === 'string' && !condition(when)) continue;
      out[name] = resolve(rest);
    }
    return out;
  };

  const { Conditions: _conditions, Resources, Outputs, ...rest } = template;
  const outputs = kept(Outputs);
  return {
    ...rest,
    Resources: kept(Resources),
    ...(Object.keys(outputs).length > 0 ? { Outputs: outputs } : {}),
  };
}

/**
 * The logical ids a value points at through Ref, Fn::GetAtt and Fn::Sub (`${X}`, `${X.Attr}`),
 * in first-seen order. Pseudo parameters (`AWS::Region`) are left out.
 *
 * @example
 * referencedIds({ 'Fn::Sub': 'arn:${AWS::Partition}:s3:::${Bucket}/*' }) // ['Bucket']
 */
export function referencedIds(value: unknown): string[] {
  const found = new Set<string>();
  collect(value, found, new Set());
  return [...found];
}

function add(found: Set<string>, name: string, locals: ReadonlySet<string>): void {
  if (name.startsWith('AWS::') || locals.has(name)) return;
  found.add(name);
}

function collect(value: unknown, found: Set<string>, locals: ReadonlySet<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, found, locals);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 1) {
    const argument = record[keys[0]!];
    if (keys[0] === 'Ref' && typeof argument === 'string') return add(found, argument, locals);
    if (keys[0] === 'Fn::GetAtt') {
      if (typeof argument === 'string') return add(found, argument.split('.')[0]!, locals);
      if (Array.isArray(argument) && typeof argument[0] === 'string') return add(found, argument[0], locals);
    }
    if (keys[0] === 'Fn::Sub') {
      const [text, variables] = Array.isArray(argument) ? [argument[0], argument[1]] : [argument, undefined];
      const names = new Set(locals);
      if (typeof variables === 'object' && variables !== null) {
        collect(variables, found, locals);
        Object.keys(variables).forEach((k) => names.add(k));
      }
      if (typeof text === 'string')
        for (const match of text.matchAll(/\$\{([^!}][^}]*)\}/g))
          add(found, match[1]!.trim().split('.')[0]!, names);
      return;
    }
  }
  for (const item of Object.values(record)) collect(item, found, locals);
}

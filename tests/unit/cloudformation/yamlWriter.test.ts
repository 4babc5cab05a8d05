import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseCfnYaml, toYaml } from '../../../shared/cloudformation';
import type { CfnValue } from '../../../shared/service/types';

/** JSON-like values with awkward strings, and intrinsic functions among them. */
const value: fc.Arbitrary<CfnValue> = fc.letrec((tie) => ({
  scalar: fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.constantFrom(
      '',
      'yes',
      'No',
      'off',
      '~',
      'null',
      '0x1F',
      '1e3',
      '.inf',
      '2012-10-17',
      '10',
      '-1',
      '0.5',
      '- a',
      '#x',
      'a: b',
      'a #b',
      'a:',
      ' lead',
      'trail ',
      '*',
      '!x',
      '@x',
      '%x',
      '|',
      '>',
      '"q"',
      "'q'",
      'a\nb',
      'a\n',
      'a\n\n',
      '\nx',
      ' x\ny',
      'x\r\ny',
      'tab\there',
      '${AWS::Region}',
      'arn:aws:s3:::b/*',
    ),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
  ),
  intrinsic: fc.oneof(
    fc.string({ minLength: 1, maxLength: 8 }).map((s) => ({ Ref: s })),
    fc
      .tuple(
        fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,7}$/),
        fc.stringMatching(/^[A-Za-z][A-Za-z0-9.]{0,7}$/),
      )
      .map((pair) => ({ 'Fn::GetAtt': pair })),
    tie('any').map((v) => ({ 'Fn::Sub': v })),
    fc.array(tie('any'), { maxLength: 3 }).map((v) => ({ 'Fn::Join': ['', v] })),
    tie('any').map((v) => ({ 'Fn::Base64': v })),
    tie('any').map((v) => ({ 'Fn::GetAZs': v })),
  ),
  any: fc.oneof({ depthSize: 'small' }, tie('scalar'), tie('intrinsic'), tie('list'), tie('map')),
  list: fc.array(tie('any'), { maxLength: 4 }),
  map: fc.dictionary(fc.string({ maxLength: 8 }), tie('any'), { maxKeys: 4 }),
})).any as fc.Arbitrary<CfnValue>;

describe('toYaml', () => {
  it('is read back to the same value by the yaml parser, intrinsics included (2,000 random values)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 8 }), value, { maxKeys: 5 }), (template) => {
        const text = toYaml(template);
        const back = parseCfnYaml(text);
        expect(back.ok, text).toBe(true);
        if (back.ok) expect(back.value).toEqual(JSON.parse(JSON.stringify(template)));
      }),
      { numRuns: 2000, seed: 42 },
    );
  }, 60_000);

  it('writes the shapes the yaml package writes for plain data', () => {
    const sample = {
      AWSTemplateFormatVersion: '2010-09-09',
      Resources: {
        Fn: {
          Type: 'AWS::Lambda::Function',
          Properties: {
            Code: { ZipFile: 'def handler(event, context):\n    return 1\n' },
            Layers: [],
            Tags: [
              { Key: 'a', Value: 'b' },
              { Key: 'c', Value: 'yes' },
            ],
            Nested: [['x', 'z'], { A: 1 }],
            Empty: {},
          },
        },
      },
    };
    const text = toYaml(sample);
    expect(parse(text)).toEqual(sample);
    expect(text).toBe(
      stringify(sample, { lineWidth: 0, indentSeq: true, defaultStringType: 'PLAIN' })
        .replace('2010-09-09', '"2010-09-09"')
        .replace('Value: yes', 'Value: "yes"'),
    );
  });

  it('uses the short forms, keeping the long key where YAML allows one tag per node', () => {
    expect(
      toYaml({
        A: { Ref: 'X' },
        B: { 'Fn::GetAtt': ['Fn', 'Arn'] },
        C: { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] },
        D: { 'Fn::Base64': { 'Fn::Sub': 'echo ${X}' } },
        E: [{ 'Fn::Join': ['-', [{ Ref: 'AWS::StackName' }, 'x']] }],
      }),
    ).toBe(
      [
        'A: !Ref X',
        'B: !GetAtt Fn.Arn',
        'C: !Select',
        '  - 0',
        '  - !GetAZs ""',
        'D:',
        '  Fn::Base64: !Sub echo ${X}',
        'E:',
        '  - !Join',
        '    - "-"',
        '    - - !Ref AWS::StackName',
        '      - x',
        '',
      ].join('\n'),
    );
  });
});

/**
 * Region-specific values work in any region: SageMaker's built-in images are resolved from
 * a template mapping keyed by region (accounts from the SageMaker "Docker Registry Paths"
 * pages), and a design in a region the mapping lacks is warned about, never given a wrong
 * image.
 */
import { describe, expect, it } from 'vitest';
import { catalog, templates } from '../../../catalog';
import { regionProblems, toTemplate, toYaml, type Template } from '../../../shared/cloudformation';
import type { CfnValue } from '../../../shared/service/types';
import { designBuilder } from '../../support/designBuilder';

const fraud = templates.find((t) => t.id === 'fraudDetection')!;
const inRegion = (region: string) => toTemplate({ ...fraud.design, region }, catalog);

/** What CloudFormation makes of Fn::Sub / Fn::FindInMap / Ref AWS::* in a given region. */
function resolve(template: Template, value: CfnValue, region: string): CfnValue {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const object = value as Record<string, CfnValue>;
  if (object['Ref'] === 'AWS::Region') return region;
  if (object['Ref'] === 'AWS::URLSuffix')
    return region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
  const find = object['Fn::FindInMap'] as CfnValue[] | undefined;
  if (find !== undefined) {
    const [map, top, key] = find.map((v) => resolve(template, v, region)) as string[];
    return template.Mappings?.[map!]?.[top!]?.[key!] ?? `<missing ${map}.${top}.${key}>`;
  }
  const sub = object['Fn::Sub'] as [string, Record<string, CfnValue>] | undefined;
  if (Array.isArray(sub))
    return sub[0].replace(/\$\{([^}]+)\}/g, (_, name: string) => {
      if (name in sub[1]) return String(resolve(template, sub[1][name]!, region));
      return String(resolve(template, { Ref: name }, region));
    });
  return value;
}

const modelImage = (template: Template): CfnValue =>
  (template.Resources['FraudModelModel']!.Properties!['PrimaryContainer'] as Record<string, CfnValue>)[
    'Image'
  ]!;
const monitorImage = (template: Template): CfnValue =>
  (
    template.Resources['ModelMonitorDefinition']!.Properties!['DataQualityAppSpecification'] as Record<
      string,
      CfnValue
    >
  )['ImageUri']!;

describe('SageMaker built-in images follow the stack region', () => {
  // Registry paths as the "Docker Registry Paths and Example Code" page of each region lists them.
  const expected: [string, string, string][] = [
    [
      'us-east-1',
      '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1',
      '156813124566.dkr.ecr.us-east-1.amazonaws.com/sagemaker-model-monitor-analyzer',
    ],
    [
      'eu-west-1',
      '141502667606.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-xgboost:1.7-1',
      '468650794304.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-model-monitor-analyzer',
    ],
    [
      'eu-west-3',
      '659782779980.dkr.ecr.eu-west-3.amazonaws.com/sagemaker-xgboost:1.7-1',
      '680080141114.dkr.ecr.eu-west-3.amazonaws.com/sagemaker-model-monitor-analyzer',
    ],
    [
      'us-west-2',
      '246618743249.dkr.ecr.us-west-2.amazonaws.com/sagemaker-xgboost:1.7-1',
      // The example of the Model Monitor prebuilt-container page.
      '159807026194.dkr.ecr.us-west-2.amazonaws.com/sagemaker-model-monitor-analyzer',
    ],
  ];
  for (const [region, xgboost, monitor] of expected)
    it(`${region}: the XGBoost and Model Monitor images of ${region}, no region warning`, () => {
      const { template, problems } = inRegion(region);
      expect(resolve(template, modelImage(template), region)).toBe(xgboost);
      expect(resolve(template, monitorImage(template), region)).toBe(monitor);
      expect(problems.filter((p) => p.code === 'region_not_mapped')).toEqual([]);
    });

  it('the template is the same whatever the design region (the stack region decides)', () =>
    expect(toYaml(inRegion('eu-west-3').template)).toBe(toYaml(inRegion('us-east-1').template)));

  it('no registry account or region is written into the resources', () => {
    const resources = JSON.stringify(inRegion('eu-west-3').template.Resources);
    expect(resources).not.toMatch(/\d{12}\.dkr\.ecr/);
    expect(resources).not.toContain('us-east-1');
  });

  it('a design in a region the mapping lacks is warned about', () => {
    const warnings = inRegion('ap-south-2').problems.filter((p) => p.code === 'region_not_mapped');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain('SageMakerImageAccounts has no entry for ap-south-2');
  });
});

describe('regionProblems', () => {
  const table = { 'us-east-1': { a: '1' }, 'eu-west-3': { a: '2' } };
  it('warns for a region-keyed mapping without the region', () =>
    expect(regionProblems({ Accounts: table }, 'eu-central-2').map((p) => p.code)).toEqual([
      'region_not_mapped',
    ]));
  it('is silent when the region is there', () =>
    expect(regionProblems({ Accounts: table }, 'eu-west-3')).toEqual([]));
  it('ignores mappings not keyed by region', () =>
    expect(regionProblems({ Sizes: { small: { cpu: '1' } } }, 'eu-west-3')).toEqual([]));
});

describe('values that only work in one region are said so', () => {
  const waf = (scope: string) =>
    toTemplate(
      designBuilder('Waf').node('Acl', 'waf', { config: { scope } }).build(),
      catalog,
    ).problems.filter((p) => p.nodeId === 'Acl');
  it('a CLOUDFRONT-scope web ACL warns that it must be created in us-east-1', () =>
    expect(waf('CLOUDFRONT').map((p) => p.message)).toEqual([
      expect.stringContaining('only created in us-east-1'),
    ]));
  it('a REGIONAL web ACL has no such warning', () => expect(waf('REGIONAL')).toEqual([]));
});

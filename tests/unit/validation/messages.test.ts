import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog, priceBooks, templates } from '../../../catalog';
import {
  bodySizeProblems,
  limitProblems,
  regionProblems,
  TemplateBuilder,
  toTemplate,
  type Template,
} from '../../../shared/cloudformation';
import type { Design } from '../../../shared/model/design';
import { estimateDesign } from '../../../shared/pricing';
import type { Catalog, PriceBook } from '../../../shared/service/types';
import { check, formatNumber, problemText, type Problem } from '../../../shared/validation';
import { frenchTemplates } from '../../../shared/validation/messages';
import { designBuilder } from '../../support/designBuilder';
import { testCatalog } from '../cloudformation/testCatalog';

const fraud = templates.find((t) => t.id === 'fraudDetection')!.design;
const sagemaker = (design: Design, p: Problem): boolean =>
  design.nodes.find((n) => n.id === p.nodeId)?.service.startsWith('sagemaker') === true;

/** Every problem an architect would see: validation plus the cost report of one scenario. */
function problemsOf(
  design: Design,
  options: { scenarioId?: string; loadFactor?: number } = {},
  c: Catalog = catalog,
  books: Readonly<Record<string, PriceBook>> = priceBooks,
): Problem[] {
  return [...check(design, c), ...estimateDesign(design, c, books, options).problems];
}

/** The fraud pipeline with one of every mistake a design can hold. */
function brokenFraud(): Design {
  const scenarios = fraud.scenarios.map((s, i) =>
    i === 0
      ? {
          ...s,
          loads: [
            ...s.loads,
            { nodeId: 'ResultsTable', eventsPerMonth: 1000, peakPerSecond: 1, payloadBytes: 100 },
          ],
          overrides: { ScoringFunction: { config: { memoryMb: 1 }, usage: {} } },
        }
      : s,
  );
  return {
    ...fraud,
    nodes: [
      ...fraud.nodes.map((n) =>
        n.id === 'ScoringFunction' ? { ...n, config: { ...n.config, memoryMb: 100_000, colour: 'red' } } : n,
      ),
      {
        id: 'Mystery',
        service: 'quantumAnnealer',
        label: 'Mystery box',
        position: { x: 0, y: 900 },
        config: {},
        usage: {},
      },
      {
        id: 'Orphan',
        service: 'sqs',
        label: 'Orphan queue',
        position: { x: 200, y: 900 },
        config: {},
        usage: {},
      },
      {
        id: 'Legacy',
        service: 'iotAnalytics',
        label: 'Legacy device analytics',
        position: { x: 400, y: 900 },
        config: {},
        usage: {},
      },
    ],
    connections: [
      ...fraud.connections,
      // SNS may not send to Kinesis; API Gateway invokes Lambda, it does not publish to it.
      { id: 'AlertsToStream', source: 'FraudAlerts', target: 'TransactionStream', kind: 'write', ratio: 1 },
      { id: 'ApiPublishes', source: 'TransactionsApi', target: 'ScoringFunction', kind: 'publish', ratio: 1 },
      // Results back into scoring: a cycle through the stream.
      { id: 'WriterToScoring', source: 'ResultsWriter', target: 'ScoringFunction', kind: 'invoke', ratio: 1 },
    ],
    scenarios,
  };
}

/** us-east-1 without Lambda request or transfer prices. */
const gappyBooks: Readonly<Record<string, PriceBook>> = {
  'us-east-1': {
    ...priceBooks['us-east-1']!,
    meters: Object.fromEntries(
      Object.entries(priceBooks['us-east-1']!.meters).filter(
        ([k]) => k !== 'lambda.requests' && !k.startsWith('dataTransfer.'),
      ),
    ),
  },
};

const throwingCatalog: Catalog = {
  ...catalog,
  dynamodb: {
    ...catalog['dynamodb']!,
    usage: () => {
      throw new Error('table exploded');
    },
  },
};

function allProblems(): { design: Design; problems: Problem[] }[] {
  const out: { design: Design; problems: Problem[] }[] = [];
  for (const scenario of fraud.scenarios)
    for (const loadFactor of [1, 100])
      out.push({ design: fraud, problems: problemsOf(fraud, { scenarioId: scenario.id, loadFactor }) });
  const broken = brokenFraud();
  out.push({ design: broken, problems: problemsOf(broken) });
  out.push({ design: broken, problems: problemsOf(broken, { scenarioId: 'noSuchScenario' }) });
  out.push({ design: broken, problems: problemsOf(broken, {}, throwingCatalog) });
  out.push({ design: fraud, problems: problemsOf(fraud, { loadFactor: 10 }, catalog, gappyBooks) });
  const elsewhere = { ...fraud, region: 'ap-south-2' };
  out.push({ design: elsewhere, problems: problemsOf(elsewhere) });
  // Comprehend in Paris, where AWS does not offer it.
  const paris: Design = {
    ...fraud,
    region: 'eu-west-3',
    nodes: [
      ...fraud.nodes,
      {
        id: 'Sentiment',
        service: 'comprehend',
        label: 'Review sentiment',
        position: { x: 600, y: 900 },
        config: {},
        usage: {},
      },
    ],
  };
  out.push({ design: paris, problems: problemsOf(paris) });
  return out;
}

/** The exporter's test catalog, plus a table that publishes without a role and a target with no resource. */
const exportCatalog: Catalog = {
  ...testCatalog,
  table: {
    ...testCatalog['table']!,
    connections: [{ targets: ['topic'], kinds: ['publish'], iam: { publish: ['sns:Publish'] } }],
  },
  fn: {
    ...testCatalog['fn']!,
    connections: [
      ...testCatalog['fn']!.connections,
      { targets: ['empty'], kinds: ['write'], iam: { write: ['s3:PutObject'] }, env: 'EMPTY_NAME' },
    ],
  },
  empty: {
    ...testCatalog['table']!,
    id: 'empty',
    cloudformation: { ...testCatalog['table']!.cloudformation, resources: () => ({}) },
  },
};

function exportRun(): Problem[] {
  const design = designBuilder('Export')
    .group('Vpc', 'vpc', { config: { cidr: '10.0.0.0/28' } })
    .group('Private', 'subnet', { parent: 'Vpc' })
    .group('Az', 'availabilityZone', { parent: 'Vpc' })
    .group('Stray', 'subnet')
    .node('Fn', 'fn', { group: 'Az' })
    .node('Inside', 'fn', { group: 'Vpc' })
    .node('Q', 'noArn')
    .node('T', 'table')
    .node('Topic', 'topic')
    .node('E', 'empty')
    .node('Ghost', 'nope')
    .connect('Fn', 'Q', 'write', { id: 'Put' })
    .connect('T', 'Topic', 'publish', { id: 'Notify' })
    .connect('Fn', 'E', 'write', { id: 'ToEmpty' })
    .connect('Fn', 'Ghost', 'write', { id: 'ToGhost' })
    .connect('Topic', 'T', 'write', { id: 'Backwards' })
    .build();
  const builder = new TemplateBuilder([]);
  builder.addResources({ Twice: { Type: 'AWS::SQS::Queue', Properties: {} } }, {});
  builder.addResources({ Twice: { Type: 'AWS::SNS::Topic', Properties: {} } }, {});
  builder.addMappings({ Images: { 'us-east-1': { xgboost: '1' } } }, 'A');
  builder.addMappings({ Images: { 'us-east-1': { xgboost: '2' } } }, 'B');
  builder.addConditions({ HasModel: { 'Fn::Equals': ['a', 'b'] } }, 'A');
  builder.addConditions({ HasModel: { 'Fn::Equals': ['a', 'c'] } }, 'B');
  builder.param('Size', { Type: 'Number', Default: 1 });
  builder.param('Size', { Type: 'String' });
  const many = (n: number, value: object) =>
    Object.fromEntries(Array.from({ length: n }, (_, i) => [`X${i}`, value]));
  const huge = {
    Resources: many(501, { Type: 'AWS::SQS::Queue' }),
    Parameters: many(201, { Type: 'String' }),
    Outputs: many(201, { Value: 'x' }),
  } as unknown as Template;
  return [
    ...toTemplate(design, exportCatalog).problems,
    ...toTemplate(fraud, catalog).problems,
    // A loop whose resources need each other's ARN.
    ...toTemplate(
      designBuilder('Loop')
        .node('Fn', 'lambda')
        .node('Flow', 'stepFunctions')
        .connect('Fn', 'Flow', 'invoke')
        .connect('Flow', 'Fn', 'invoke')
        .build(),
      catalog,
    ).problems,
    ...builder.problems,
    ...limitProblems(huge),
    ...bodySizeProblems(60_000),
    ...bodySizeProblems(2_000_000),
    ...regionProblems({ Images: { 'us-east-1': { xgboost: '683313688378' } } }, 'ap-south-2'),
  ];
}

const exported = exportRun();
const runs = [...allProblems(), { design: fraud, problems: exported }];
const everyProblem = runs.flatMap((r) => r.problems.map((p) => ({ design: r.design, p })));
const PLACEHOLDER = /\{\w*\}|\$\{|undefined|NaN|\[object/;

describe('problemText', () => {
  it('names export problems in French', () => {
    const fr = (code: string) => exported.filter((p) => p.code === code).map((p) => problemText(p, 'fr'));
    expect(fr('template_needs_s3')).toEqual([
      'Le modèle fait 60\u202f000 octets : déposez-le dans S3 pour créer la pile (un corps en ligne est limité à 51\u202f200 octets)',
    ]);
    expect(fr('too_many_resources')).toEqual([
      '501 ressources : CloudFormation en accepte au plus 500 par modèle ; répartissez la conception sur plusieurs piles',
    ]);
    expect(fr('no_role_for_permissions')).toEqual([
      'Notify : ni T ni Topic n’a de rôle d’exécution pour porter sns:Publish',
    ]);
    expect(fr('unknown_service')).toEqual([
      'Le nœud « Ghost » utilise le service « nope », que le catalogue ne connaît pas : il n’est pas exporté',
    ]);
  });

  it('exercises every French template on real designs', () => {
    const seen = new Set(everyProblem.map((x) => x.p.code));
    expect([...Object.keys(frenchTemplates)].filter((code) => !seen.has(code))).toEqual([]);
  });

  it('gives every engine problem a French text that differs from the English and leaves no placeholder', () => {
    let french = 0;
    for (const { design, p } of everyProblem) {
      expect(problemText(p, 'en')).toBe(p.message);
      if (p.code === 'quota' && sagemaker(design, p)) continue; // SageMaker warnings stay English for now.
      if (p.code === 'service_note') continue; // Catalog export notes are English data.
      const fr = problemText(p, 'fr');
      expect(fr, `${p.code}: ${p.message}`).not.toBe(p.message);
      expect(fr).not.toMatch(PLACEHOLDER);
      french++;
    }
    expect(french).toBeGreaterThan(40);
  });

  it('keeps the English messages as they were', () => {
    const broken = runs[6]!.problems;
    const cycle = broken.find((p) => p.code === 'cycle')!;
    expect(cycle.message).toMatch(/^Connections form a cycle through \w+( → \w+)+$/);
    const path = cycle.message.slice('Connections form a cycle through '.length);
    expect(problemText(cycle, 'fr')).toBe(`Les connexions forment un cycle passant par ${path}`);
    expect(broken.find((p) => p.code === 'missing_price_book')).toBeUndefined();
    expect(broken.find((p) => p.code === 'no_load')?.message).toBe(
      'No load reaches "Orphan queue": connect it or give it an entry load in a scenario',
    );
  });

  it('writes quota warnings at peak ×100 in French with French numbers', () => {
    const peak = runs.find((r) =>
      r.problems.some((p) => p.code === 'quota' && /concurrency/.test(p.message)),
    )!;
    const lambda = peak.problems.find((p) => p.code === 'quota' && /Peak concurrency/.test(p.message))!;
    const en = /Peak concurrency ([\d,]+) exceeds/.exec(lambda.message)![1]!;
    const n = Number(en.replace(/,/g, ''));
    expect(n).toBeGreaterThan(1000);
    expect(problemText(lambda, 'fr')).toBe(
      `Score transaction : La concurrence de pointe estimée (${formatNumber(n, 'fr')}) dépasse le quota par défaut du compte (1\u202f000 exécutions simultanées).`,
    );
    const api = peak.problems.find((p) => p.code === 'quota' && /requests\/s/.test(p.message))!;
    expect(problemText(api, 'fr')).toMatch(
      /^Transactions API : Le pic de \d{1,3}(\u202f\d{3})+ requêtes\/s dépasse/,
    );
  });

  it('names the problems of a broken design in French', () => {
    const fr = runs[6]!.problems.map((p) => problemText(p, 'fr'));
    expect(fr).toContain(
      'Le scénario « Normal month » applique une charge à « Fraud results », mais ce service (Table Amazon DynamoDB) n’est pas un point d’entrée',
    );
    expect(fr).toContain(
      '« Score transaction », champ « Mémoire » : doit valoir au plus 10\u202f240 (valeur reçue : 100000)',
    );
    expect(fr).toContain(
      '« Mystery box » utilise le service « quantumAnnealer », que le catalogue ne connaît pas',
    );
    expect(fr).toContain(
      'Aucune charge n’atteint « Orphan queue » : connectez-le ou donnez-lui une charge d’entrée dans un scénario',
    );
    expect(
      fr.some((t) =>
        t.startsWith(
          'Rubrique Amazon SNS ne peut pas envoyer vers Amazon Kinesis Data Streams : cibles autorisées :',
        ),
      ),
    ).toBe(true);
    expect(
      fr.some((t) =>
        /^« Score transaction », champ « Mémoire » dans le scénario « Normal month » : doit valoir au moins 128 \(valeur reçue : 1\)$/.test(
          t,
        ),
      ),
    ).toBe(true);
    expect(fr.some((t) => /^« Score transaction » a un paramètre « colour »/.test(t))).toBe(true);
  });

  it('falls back to the English message when a code has no template or a param is missing', () => {
    const base = { severity: 'warning', message: 'Something in English' } as const;
    expect(problemText({ ...base, code: 'template_too_large', params: { size: 3 } }, 'fr')).toBe(
      base.message,
    );
    expect(problemText({ ...base, code: 'no_load' }, 'fr')).toBe(base.message);
    expect(problemText({ ...base, code: 'no_load', params: { other: 'x' } }, 'fr')).toBe(base.message);
  });
});

describe('formatNumber', () => {
  it('writes numbers as Intl does for fr-FR and en-US (at most two decimals)', () => {
    const fr = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
    const en = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const value = whole + Math.sign(whole || 1) * (cents / 100);
        expect(formatNumber(value, 'fr')).toBe(fr.format(value));
        expect(formatNumber(value, 'en')).toBe(en.format(value));
      }),
    );
    expect(formatNumber(1250, 'fr')).toBe('1\u202f250');
    expect(formatNumber(0.125, 'fr', 2)).toBe('0,13');
    expect(formatNumber(1234.4, 'en', 0)).toBe('1,234');
  });
});

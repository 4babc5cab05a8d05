/** A small catalog and command context for renderer tests (no DOM). */
import {
  defineService,
  type Catalog,
  type ConnectionRule,
  type FieldMap,
} from '../../../shared/service/types';
import { createViewControls, type CommandContext } from '../../../renderer/src/commands';
import type { Platform } from '../../../renderer/src/platform/types';
import { createDesignStore } from '../../../renderer/src/store/designStore';
import { createUiStore } from '../../../renderer/src/store/uiStore';
import type { Design } from '../../../shared/model';

function service(
  id: string,
  en: string,
  fr: string,
  config: FieldMap,
  connections: readonly ConnectionRule[],
) {
  return defineService({
    id,
    name: { en, fr },
    description: { en, fr },
    aliases: id === 'sqs' ? ['queue', "file d'attente"] : [],
    category: 'compute',
    icon: 'architecture-service/AWSLambda.svg',
    config,
    meters: [],
    usage: () => ({ quantities: {} }),
    cloudformation: { types: ['AWS::Test::Thing'], resources: () => ({}) },
    connections,
  });
}

export const testCatalog: Catalog = Object.freeze({
  lambda: service(
    'lambda',
    'AWS Lambda',
    'AWS Lambda',
    {
      memoryMb: {
        type: 'number',
        default: 512,
        min: 128,
        max: 10240,
        integer: true,
        unit: 'MB',
        label: { en: 'Memory', fr: 'Mémoire' },
      },
      runtime: {
        type: 'enum',
        default: 'nodejs20.x',
        options: [{ value: 'nodejs20.x' }, { value: 'python3.12' }],
        label: { en: 'Runtime', fr: 'Environnement' },
      },
    },
    [{ targets: ['sqs'], kinds: ['publish'] }],
  ),
  sqs: service('sqs', 'Amazon SQS', 'Amazon SQS', {}, [{ targets: ['lambda'], kinds: ['trigger'] }]),
  vpc: {
    ...service(
      'vpc',
      'Amazon VPC',
      'Amazon VPC',
      { cidr: { type: 'string', default: '10.0.0.0/16', label: { en: 'CIDR', fr: 'CIDR' } } },
      [],
    ),
    group: true,
  },
});

export interface FakePlatform extends Platform {
  readonly saved: string[];
  confirmAnswer: boolean;
  confirmations: number;
}

export function fakePlatform(): FakePlatform {
  const platform: FakePlatform = {
    kind: 'web',
    saved: [],
    confirmAnswer: true,
    confirmations: 0,
    pickDesign: async () => ({ ok: true, value: null }),
    saveDesign: async (text, options) => {
      platform.saved.push(text);
      return { ok: true, value: { path: null, name: options.suggestedName } };
    },
    setDocumentState: () => undefined,
    confirm: () => {
      platform.confirmations += 1;
      return platform.confirmAnswer;
    },
  };
  return platform;
}

export function testContext(design: Design): CommandContext & { platform: FakePlatform } {
  return {
    design: createDesignStore(design),
    ui: createUiStore({ savedDesign: design }),
    catalog: testCatalog,
    platform: fakePlatform(),
    view: createViewControls(),
  };
}

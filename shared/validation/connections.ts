import type { ConnectionKind } from '../model/design';
import type { Catalog, Localized, ServiceDefinition } from '../service/types';

/** Outcome of asking whether one service may connect to another. */
export type ConnectCheck =
  | { readonly ok: true; readonly kinds: readonly ConnectionKind[] }
  | { readonly ok: false; readonly code: ConnectRefusal; readonly reason: Localized };

export type ConnectRefusal = 'unknown_service' | 'not_allowed';

/**
 * Which connection kinds the source service may open towards the target service, read from
 * the source's `connections` rules (first rule first, kinds in declared order, no duplicates).
 * A refusal carries a reason in English and French naming the allowed targets.
 *
 * @example
 * canConnect(catalog, 'sns', 'kinesis');
 * // { ok: false, code: 'not_allowed', reason: { en: 'Amazon SNS cannot send to Amazon Kinesis
 * //   Data Streams: allowed targets are Amazon SQS, AWS Lambda.', fr: '…' } }
 * canConnect(catalog, 'apiGateway', 'lambda'); // { ok: true, kinds: ['invoke'] }
 */
export function canConnect(catalog: Catalog, sourceService: string, targetService: string): ConnectCheck {
  const source = catalog[sourceService];
  const target = catalog[targetService];
  if (source === undefined || target === undefined) {
    const missing = source === undefined ? sourceService : targetService;
    return refuse('unknown_service', {
      en: `Unknown service "${missing}": it is not in the catalog.`,
      fr: `Service inconnu « ${missing} » : il n'est pas dans le catalogue.`,
    });
  }
  const kinds: ConnectionKind[] = [];
  for (const rule of source.connections) {
    if (!rule.targets.includes(targetService)) continue;
    for (const kind of rule.kinds) if (!kinds.includes(kind)) kinds.push(kind);
  }
  if (kinds.length > 0) return { ok: true, kinds };
  return refuse('not_allowed', notAllowedReason(catalog, source, target));
}

/** Catalog ids of every service the source may connect to, in rule order, without duplicates. */
export function allowedTargets(catalog: Catalog, sourceService: string): readonly string[] {
  const out: string[] = [];
  for (const rule of catalog[sourceService]?.connections ?? [])
    for (const id of rule.targets) if (!out.includes(id)) out.push(id);
  return out;
}

function notAllowedReason(catalog: Catalog, source: ServiceDefinition, target: ServiceDefinition): Localized {
  const targets = allowedTargets(catalog, source.id);
  const names = (lang: 'en' | 'fr'): string => targets.map((id) => catalog[id]?.name[lang] ?? id).join(', ');
  if (targets.length === 0) {
    return {
      en: `${source.name.en} cannot send to ${target.name.en}: it has no outgoing connections.`,
      fr: `${source.name.fr} ne peut pas envoyer vers ${target.name.fr} : il n'a aucune connexion sortante.`,
    };
  }
  return {
    en: `${source.name.en} cannot send to ${target.name.en}: allowed targets are ${names('en')}.`,
    fr: `${source.name.fr} ne peut pas envoyer vers ${target.name.fr} : cibles autorisées : ${names('fr')}.`,
  };
}

function refuse(code: ConnectRefusal, reason: Localized): ConnectCheck {
  return { ok: false, code, reason };
}

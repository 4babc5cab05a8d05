/** The config and usage inputs a node's usage function sees: defaults, node values, overrides. */
import type { ConfigValue, Design } from '../model/design';
import type { Catalog, ServiceDefinition } from '../service/types';
import { servicesOf } from './lookup';

const EMPTY: Readonly<Record<string, never>> = Object.freeze({});

interface ServiceDefaults {
  readonly config: Readonly<Record<string, ConfigValue>>;
  readonly usage: Readonly<Record<string, number>>;
}
const defaultsCache = new WeakMap<ServiceDefinition, ServiceDefaults>();

function defaultsOf(service: ServiceDefinition): ServiceDefaults {
  let d = defaultsCache.get(service);
  if (!d) {
    const config: Record<string, ConfigValue> = {};
    for (const key in service.config) config[key] = (service.config[key] as { default: ConfigValue }).default;
    const usage: Record<string, number> = {};
    for (const key in service.usageInputs ?? {}) usage[key] = service.usageInputs![key]!.default;
    d = { config: Object.freeze(config), usage: Object.freeze(usage) };
    defaultsCache.set(service, d);
  }
  return d;
}

export interface NodeSettings {
  /** Per node index: field defaults under the node's own values (no scenario override). */
  readonly config: readonly Readonly<Record<string, ConfigValue>>[];
  readonly usage: readonly Readonly<Record<string, number>>[];
}

interface CachedSettings extends NodeSettings {
  /** What the settings were merged from: servicesOf's list and each node's config and usage. */
  readonly services: readonly (ServiceDefinition | undefined)[];
  readonly configs: readonly Design['nodes'][number]['config'][];
  readonly usages: readonly Design['nodes'][number]['usage'][];
}

/**
 * True while the nodes still have the services (servicesOf returns the same list until one
 * changes) and the config and usage objects the settings were merged from.
 */
function stillValid(
  nodes: Design['nodes'],
  services: readonly (ServiceDefinition | undefined)[],
  cached: CachedSettings,
): boolean {
  if (cached.services !== services || cached.configs.length !== nodes.length) return false;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.config !== cached.configs[i] || node.usage !== cached.usages[i]) return false;
  }
  return true;
}
const settingsCache = new WeakMap<Design['nodes'], WeakMap<Catalog, CachedSettings>>();

/**
 * Each node's config and usage inputs over its service's defaults, index for index with
 * `nodes` (empty for an unknown service). Cached per (immutable) node list and catalog:
 * repeated simulations of a design merge nothing unless a scenario overrides a node.
 *
 * @example
 * settingsOf(design.nodes, catalog).config[0]['memoryMb'] // 512 (lambda default) unless the node sets it
 */
export function settingsOf(nodes: Design['nodes'], catalog: Catalog): NodeSettings {
  let byCatalog = settingsCache.get(nodes);
  if (!byCatalog) settingsCache.set(nodes, (byCatalog = new WeakMap()));
  let settings = byCatalog.get(catalog);
  // Designs are immutable, but a caller that swaps a node's service, config or usage in place
  // (a test, a script) must not get stale settings: identity checks, a few nanoseconds per node.
  const services = servicesOf(nodes, catalog);
  if (!settings || !stillValid(nodes, services, settings)) {
    const config: Readonly<Record<string, ConfigValue>>[] = new Array(nodes.length);
    const usage: Readonly<Record<string, number>>[] = new Array(nodes.length);
    for (let i = 0; i < nodes.length; i++) {
      const service = services[i];
      const defaults = service ? defaultsOf(service) : null;
      config[i] = defaults ? merge(defaults.config, nodes[i]!.config) : EMPTY;
      usage[i] = defaults ? merge(defaults.usage, nodes[i]!.usage) : EMPTY;
    }
    settings = {
      config,
      usage,
      services,
      configs: nodes.map((n) => n.config),
      usages: nodes.map((n) => n.usage),
    };
    byCatalog.set(catalog, settings);
  }
  return settings;
}

/**
 * Scenario override over node value over field default; reuses the defaults when nothing is set.
 *
 * @example
 * merge({ a: 1, b: 2 }, { b: 3 }, { a: 0 }) // { a: 0, b: 3 }
 */
export function merge<T>(
  defaults: Readonly<Record<string, T>>,
  node: Readonly<Record<string, T>>,
  over?: Readonly<Record<string, T>>,
): Readonly<Record<string, T>> {
  let empty = true;
  for (const _ in node) {
    empty = false;
    break;
  }
  if (empty && over !== undefined)
    for (const _ in over) {
      empty = false;
      break;
    }
  return empty ? defaults : Object.assign({}, defaults, node, over);
}

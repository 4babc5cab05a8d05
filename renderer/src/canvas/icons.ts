/**
 * Official AWS icons from the `aws-icons` package, loaded lazily as asset URLs. Only the
 * folders the catalog uses are globbed; a missing icon falls back to the category icon.
 */
import type { CategoryId } from '../../../shared/service/types';

type Loader = () => Promise<string>;

const loaders: Record<string, Loader> = {
  ...import.meta.glob<string>('../../../node_modules/aws-icons/icons/architecture-service/*.svg', {
    query: '?url',
    import: 'default',
  }),
  ...import.meta.glob<string>('../../../node_modules/aws-icons/icons/architecture-group/*.svg', {
    query: '?url',
    import: 'default',
  }),
  ...import.meta.glob<string>('../../../node_modules/aws-icons/icons/category/*.svg', {
    query: '?url',
    import: 'default',
  }),
};

const PREFIX = '../../../node_modules/aws-icons/icons/';

export const categoryIcons: Readonly<Record<CategoryId, string>> = {
  compute: 'category/Compute.svg',
  containers: 'category/Containers.svg',
  storage: 'category/Storage.svg',
  databases: 'category/Databases.svg',
  networking: 'category/NetworkingContentDelivery.svg',
  security: 'category/SecurityIdentity.svg',
  analytics: 'category/Analytics.svg',
  ml: 'category/ArtificialIntelligence.svg',
  devtools: 'category/DeveloperTools.svg',
  iot: 'category/InternetofThings.svg',
  management: 'category/ManagementTools.svg',
  integration: 'category/ApplicationIntegration.svg',
};

const resolved = new Map<string, string>();
const pending = new Map<string, Promise<string | null>>();

/** The loader key for an icon path, or undefined when the package has no such file. */
function loaderFor(path: string): Loader | undefined {
  return loaders[PREFIX + path];
}

/** Whether `path` names an icon this build can load. */
export function hasIcon(path: string): boolean {
  return loaderFor(path) !== undefined;
}

/** URL already loaded for the icon, if any (synchronous, for first render). */
export function cachedIconUrl(path: string): string | undefined {
  return resolved.get(path);
}

/** Loads the URL of an icon; resolves to null when the icon does not exist. */
export function loadIconUrl(path: string): Promise<string | null> {
  const known = resolved.get(path);
  if (known !== undefined) return Promise.resolve(known);
  const inFlight = pending.get(path);
  if (inFlight) return inFlight;
  const loader = loaderFor(path);
  if (!loader) return Promise.resolve(null);
  const promise = loader().then(
    (url) => {
      resolved.set(path, url);
      return url;
    },
    () => null,
  );
  pending.set(path, promise);
  return promise;
}

/** The icon to show: the service's own when it exists, else its category's. */
export function iconPathFor(icon: string | undefined, category: CategoryId | undefined): string | undefined {
  if (icon !== undefined && hasIcon(icon)) return icon;
  return category !== undefined ? categoryIcons[category] : undefined;
}

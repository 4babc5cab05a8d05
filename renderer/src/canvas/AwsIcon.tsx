import { useEffect, useState } from 'react';
import type { CategoryId } from '../../../shared/service/types';
import { cachedIconUrl, iconPathFor, loadIconUrl } from './icons';

interface AwsIconProps {
  readonly icon: string | undefined;
  readonly category: CategoryId | undefined;
  readonly size: number;
  readonly title?: string;
}

/** An AWS icon (service, group or category) with a neutral glyph while loading or when absent. */
export function AwsIcon({ icon, category, size, title }: AwsIconProps) {
  const path = iconPathFor(icon, category);
  const [loaded, setLoaded] = useState<{ path: string; url: string | null } | null>(null);
  useEffect(() => {
    if (path === undefined || cachedIconUrl(path) !== undefined) return undefined;
    let active = true;
    void loadIconUrl(path).then((url) => {
      if (active) setLoaded({ path, url });
    });
    return () => {
      active = false;
    };
  }, [path]);
  const url =
    path === undefined ? null : (cachedIconUrl(path) ?? (loaded?.path === path ? loaded.url : null));
  if (url === null) {
    return (
      <span className="aws-icon aws-icon--fallback" style={{ width: size, height: size }} aria-hidden="true">
        {(title ?? '?').slice(0, 1)}
      </span>
    );
  }
  return (
    <img className="aws-icon" src={url} width={size} height={size} alt="" title={title} draggable={false} />
  );
}

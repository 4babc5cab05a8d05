import type { Design } from '../../../shared/model';
import type { Catalog, Lang } from '../../../shared/service/types';
import { canConnect } from '../../../shared/validation/connections';
import { translate } from '../i18n/dictionary';

/** Why a connection between two nodes is refused, in `lang`; null when it is allowed. */
export function connectionRefusal(
  catalog: Catalog,
  design: Design,
  sourceId: string,
  targetId: string,
  lang: Lang,
): string | null {
  if (sourceId === targetId) return translate(lang, 'connect.self');
  const source = design.nodes.find((n) => n.id === sourceId);
  const target = design.nodes.find((n) => n.id === targetId);
  if (!source || !target) return null;
  const check = canConnect(catalog, source.service, target.service);
  return check.ok ? null : check.reason[lang];
}

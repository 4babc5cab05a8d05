import { useDesign, useLang, useT } from '../AppContext';
import { pluralKey } from '../i18n/dictionary';

export function StatusBar() {
  const t = useT();
  const lang = useLang();
  const nodes = useDesign((s) => s.design.nodes.length);
  const connections = useDesign((s) => s.design.connections.length);
  const region = useDesign((s) => s.design.region);
  return (
    <footer className="status-bar" data-testid="status-bar">
      <span data-testid="status-nodes">
        {t(pluralKey(lang, nodes, 'status.node', 'status.nodes'), { count: nodes })}
      </span>
      <span data-testid="status-connections">
        {t(pluralKey(lang, connections, 'status.connection', 'status.connections'), { count: connections })}
      </span>
      <span className="status-bar__spacer" />
      <span>{t('status.region', { region })}</span>
    </footer>
  );
}
